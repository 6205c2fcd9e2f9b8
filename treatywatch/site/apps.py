from django.apps import AppConfig


class SiteConfig(AppConfig):
    name = "treatywatch.site"
    label = "site"
    verbose_name = "Public site"
