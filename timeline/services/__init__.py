"""Every write to the archive goes through a function in this package.

The admin, the API, the management commands, the Celery tasks and the seed loader all call these,
so the rules (validation, denormalised copies, editor protection) live in one place.
"""
