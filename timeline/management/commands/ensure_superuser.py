"""`manage.py ensure_superuser`: make sure a local admin account exists and say how to log in.

Takes DJANGO_SUPERUSER_USERNAME / DJANGO_SUPERUSER_PASSWORD / DJANGO_SUPERUSER_EMAIL when set;
otherwise creates `admin` with a random password printed once.
"""

import os
import secrets
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create a local superuser if none exists and print how to log in to /admin/."

    def handle(self, *args: Any, **options: Any) -> None:
        user_model = get_user_model()
        username = os.environ.get("DJANGO_SUPERUSER_USERNAME", "admin")
        password = os.environ.get("DJANGO_SUPERUSER_PASSWORD", "")
        email = os.environ.get("DJANGO_SUPERUSER_EMAIL", "")
        existing = user_model.objects.filter(is_superuser=True).order_by("pk").first()
        if existing is not None:
            self.stdout.write(
                f"Admin: http://127.0.0.1:8000/admin/ — log in as {existing.get_username()!r} "
                "(password as set before; `python manage.py changepassword` resets it)."
            )
            return
        generated = not password
        password = password or secrets.token_urlsafe(12)
        user_model.objects.create_superuser(username=username, email=email, password=password)
        shown = (
            f"password {password!r}" if generated else "the password from DJANGO_SUPERUSER_PASSWORD"
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin: http://127.0.0.1:8000/admin/ — log in as {username!r} with {shown}."
                + (" It is shown only this once." if generated else "")
            )
        )
