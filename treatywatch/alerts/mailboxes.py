"""The mailbox an address reaches, as far as the sign-up limits need to know.

The limit of confirmation emails per address would mean little if each spelling of one
mailbox had its own count: `"victim"@example.test`, `VICTIM@Example.Test`,
`victim+1@example.test` and, at Gmail, `v.ictim@example.test` all land in one inbox. So
the count goes by one spelling: lower case, a quoted local part unquoted, a +tag and dots
dropped, the domain in its ASCII (IDNA) form. Merging two real mailboxes that differ only
by a dot costs them nothing but a shared limit. The address itself is stored and written
to as it was given.
"""


def mailbox(address: str) -> str:
    local, at, domain = address.strip().lower().rpartition("@")
    if not at:
        return domain
    return f"{_local_mailbox(local)}@{_ascii_domain(domain)}"


def _local_mailbox(local: str) -> str:
    if len(local) >= 2 and local.startswith('"') and local.endswith('"'):
        local = _unquoted(local[1:-1])
    return local.partition("+")[0].replace(".", "")


def _unquoted(text: str) -> str:
    # In a quoted string, a backslash makes the next character stand for itself (RFC 5322).
    characters, escaped = [], False
    for character in text:
        if character == "\\" and not escaped:
            escaped = True
            continue
        characters.append(character)
        escaped = False
    return "".join(characters)


def _ascii_domain(domain: str) -> str:
    try:
        return domain.encode("idna").decode("ascii")
    except UnicodeError:
        return domain
