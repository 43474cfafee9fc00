"""Answers for addresses under /api/ that name nothing, in the API's error shape."""

from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from api.exceptions import error_body


@csrf_exempt
def not_found(request: HttpRequest, path: str = "") -> JsonResponse:
    return JsonResponse(error_body("not_found", "No such address in the API."), status=404)
