"""`manage.py create_api_token USERNAME`: print an API token for a user (creating it if needed).

`--role editor|contributor` also puts the user in that group (and creates the user with
`--create`); `--reset` replaces an existing token. Prints only the key, so scripts can capture it.
"""

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from rest_framework.authtoken.models import Token

from timeline.permissions import CONTRIBUTOR_GROUP, EDITOR_GROUP

ROLES = {"editor": EDITOR_GROUP, "contributor": CONTRIBUTOR_GROUP}


class Command(BaseCommand):
    help = "Print the API token of a user, creating the token (and with --create the user)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--role", choices=sorted(ROLES), help="Add the user to this role.")
        parser.add_argument("--create", action="store_true", help="Create the user if missing.")
        parser.add_argument("--reset", action="store_true", help="Replace an existing token.")

    @transaction.atomic
    def handle(self, *args: Any, **options: Any) -> None:
        user_model = get_user_model()
        username: str = options["username"]
        user = user_model.objects.filter(username=username).first()
        if user is None:
            if not options["create"]:
                raise CommandError(f"no user {username!r} (pass --create to create one)")
            user = user_model.objects.create_user(username=username)
            user.set_unusable_password()
            user.save(update_fields=["password"])
        if not user.is_active:
            raise CommandError(f"user {username!r} is inactive")
        if options["role"]:
            group = Group.objects.filter(name=ROLES[options["role"]]).first()
            if group is None:
                raise CommandError(f"the {ROLES[options['role']]} group is missing (run migrate)")
            user.groups.add(group)
            if not user.is_staff:
                user.is_staff = True
                user.save(update_fields=["is_staff"])
        if options["reset"]:
            Token.objects.filter(user=user).delete()
        token, _created = Token.objects.get_or_create(user=user)
        self.stdout.write(token.key)
