from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "treatywatch.claims"
    verbose_name = "Claim checker"
