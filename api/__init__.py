"""The JSON API (Django REST framework) on the same selectors, filters and services as the pages."""
