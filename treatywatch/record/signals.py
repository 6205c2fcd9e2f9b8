"""What the record announces. The apps that follow it (search, alerts) connect to these in
their AppConfig.ready(); the record imports none of them, so its imports only point down."""

from django.dispatch import Signal

# Sent inside the transaction that publishes, once the revisions are written, with
# `revisions`: the Revision rows published together (never empty). A receiver that raises
# rolls the whole publication back, so what the receivers write exists if and only if the
# revisions do.
revisions_published = Signal()
