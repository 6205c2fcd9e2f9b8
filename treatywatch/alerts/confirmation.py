"""The words of the email that asks an address to confirm a subscription. A campaign's
followers are asked in the words its follow page has always used."""

from treatywatch.alerts.digest import Letter
from treatywatch.alerts.links import confirm_url


def confirmation(subscription) -> Letter:
    if subscription.campaign_id:
        return _campaign_confirmation(subscription)
    followed = subscription.state.name if subscription.state_id else "every change"
    body = [
        f"Someone, probably you, asked TreatyWatch to email this address with {subscription.followed}.",
        "",
        "To confirm, open this link within 7 days:",
        confirm_url(subscription),
        "",
        "If you did not ask for this, ignore this email: nothing more is sent unless the link is opened.",
        "",
    ]
    return Letter(f"TreatyWatch: confirm your alerts for {followed}", "\n".join(body))


def _campaign_confirmation(subscription) -> Letter:
    title = subscription.campaign.title
    body = (
        f'Someone (we hope you) asked to be told when an ask of the campaign "{title}" '
        f"changes status.\n\nTo confirm, open:\n{confirm_url(subscription)}\n\n"
        "If it was not you, ignore this email: nothing will be sent.\n"
    )
    return Letter(f"TreatyWatch: confirm that you follow {title}", body)
