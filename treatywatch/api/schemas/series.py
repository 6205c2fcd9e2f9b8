import datetime

from treatywatch.api.schemas.reports import CountsOut, Data


class SeriesDayOut(Data):
    date: datetime.date
    counts: CountsOut


class SeriesOut(Data):
    treaty: str
    start: datetime.date
    end: datetime.date
    changes_only: bool
    days: list[SeriesDayOut]
