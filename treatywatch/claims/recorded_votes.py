"""The states' UNGA votes as the claim checker's snapshot sees them, read when asked for.

A text names a handful of votes at most, and the record holds every member's vote on every
resolution (7,700 today; 800,000 at a hundred times the record): the snapshot rebuilt after
each publication would read them all to answer a few. This mapping reads one when asked."""

from collections.abc import Iterator, Mapping

from treatywatch.record import models

Key = tuple[str, str]  # (resolution symbol, ISO3)


class RecordedVotes(Mapping[Key, tuple[str, str]]):
    """(symbol, iso3) -> (vote, source id), from the published record."""

    def __init__(self):
        self._read: dict[Key, tuple[str, str] | None] = {}

    def __getitem__(self, key: Key) -> tuple[str, str]:
        if key not in self._read:
            self._read[key] = self._vote(*key)
        found = self._read[key]
        if found is None:
            raise KeyError(key)
        return found

    @staticmethod
    def _vote(symbol: str, iso3: str) -> tuple[str, str] | None:
        votes = models.Vote.objects.filter(resolution__symbol=symbol, state_id=iso3)
        return votes.values_list("vote", "source_id").first()

    def __iter__(self) -> Iterator[Key]:
        return iter(models.Vote.objects.values_list("resolution__symbol", "state_id"))

    def __len__(self) -> int:
        return models.Vote.objects.count()
