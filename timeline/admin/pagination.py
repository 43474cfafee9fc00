"""Changelist helpers for big tables: a paginator that never counts to the end, per-page counts.

The admin needs a count to draw its page links. Counting a million events takes longer than the
page itself, so the count stops at a cap: past it the page says "more than N" and the editor
narrows the list with filters or search instead of paging deeper.
"""

from functools import cached_property
from typing import Any

from django.contrib.admin.views.main import ChangeList
from django.core.paginator import Paginator
from django.http import HttpRequest

COUNT_CAP = 10_000


class CappedCountPaginator(Paginator):  # type: ignore[type-arg]
    """Counts at most `COUNT_CAP + 1` rows; `capped` tells whether there are more."""

    cap = COUNT_CAP

    @cached_property
    def count(self) -> int:
        queryset: Any = self.object_list
        limited = queryset.order_by().values("pk")[: self.cap + 1]
        return min(int(limited.count()), self.cap + 1)

    @property
    def capped(self) -> bool:
        return self.count > self.cap


class CountedChangeList(ChangeList):
    """A changelist that adds a per-row count for the rows on the page only.

    Annotating the count onto the whole queryset would make the database count links for every
    row before it sorts and cuts the page; one grouped query over the page's ids stays small.
    """

    def get_results(self, request: HttpRequest) -> None:
        super().get_results(request)
        rows = list(self.result_list)
        counter = getattr(self.model_admin, "page_counts", None)
        counts = counter([row.pk for row in rows]) if counter and rows else {}
        for row in rows:
            row.page_count = counts.get(row.pk, 0)
        self.result_list = rows
