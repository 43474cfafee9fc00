"""Settings for a developer's machine (`make run`): debug on unless DEBUG says otherwise."""

from config.env import env_bool
from config.settings.base import *  # noqa: F403
from config.settings.base import SECRET_KEY as _SECRET_KEY

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = _SECRET_KEY or "insecure-local-development-key-never-use-in-production"
