from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "treatywatch.accounts"
    label = "accounts"
