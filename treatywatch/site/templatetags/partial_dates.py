"""A date the record knows only to the month or year, in words no more precise than that."""

from django import template

from treatywatch.profiles.date_words import partial_date_words

register = template.Library()


@register.filter
def partial_date(text: str) -> str:
    """ "2027-03" -> "March 2027"; an empty value stays empty."""
    return partial_date_words(text) if text else ""
