"""Counting the files of a post whose names are not UTF-8.

Django's multipart parser skips a part whose headers do not decode as UTF-8, without a
word: the message would be saved, and thanked for, without its file. This upload handler
copies the body to a private temporary file first (the view has already bounded its size),
counts such file parts for the form to refuse, then lets Django's parser read the copy with
the usual handlers.
"""

import mmap
import shutil
import tempfile

from django.core.files.uploadhandler import FileUploadHandler
from django.http.multipartparser import MultiPartParser

# Part headers are a few lines; Django itself refuses more than 8 KB of them.
_MAX_HEADER_BYTES = 8 * 1024


class UnreadableNames(FileUploadHandler):
    """Sets request.unreadable_file_names: how many files the parser would drop unseen."""

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        others = [handler for handler in self.request.upload_handlers if handler is not self]
        body = tempfile.TemporaryFile()
        shutil.copyfileobj(input_data, body)
        self.request.unreadable_file_names = _count_unreadable(body, boundary)
        body.seek(0)
        return MultiPartParser(META, body, others, encoding).parse()

    def receive_data_chunk(self, raw_data, start):
        return raw_data  # never reached: handle_raw_input has parsed the whole body

    def file_complete(self, file_size):
        return None


def _count_unreadable(body, boundary: bytes) -> int:
    if not body.tell():
        return 0  # an empty file cannot be mapped, and holds no part
    body.flush()
    with mmap.mmap(body.fileno(), 0, access=mmap.ACCESS_READ) as data:
        return sum(1 for headers in _part_headers(data, b"--" + boundary) if _unreadable(headers))


def _part_headers(data, delimiter: bytes):
    start = data.find(delimiter)
    while start != -1:
        begin = start + len(delimiter)
        end = data.find(b"\r\n\r\n", begin, begin + _MAX_HEADER_BYTES)
        if end != -1:
            yield data[begin:end]
        start = data.find(delimiter, begin)


def _unreadable(headers: bytes) -> bool:
    if b"filename" not in headers.lower():
        return False
    try:
        headers.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False
