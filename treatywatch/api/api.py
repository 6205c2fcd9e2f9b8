from ninja import NinjaAPI

api = NinjaAPI(title="TreatyWatch API", version="1", urls_namespace="api")
