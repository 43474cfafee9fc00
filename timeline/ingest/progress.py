"""Progress of a long run on a terminal: done/total, rate, time left; a summary line at the end.

On a terminal the line is redrawn in place; otherwise (a log file, a pipe) a line is written at
most every `interval` seconds, so logs stay readable.
"""

import time
from typing import TextIO


def _duration(seconds: float) -> str:
    whole = max(0, round(seconds))
    if whole < 60:
        return f"{whole}s"
    minutes, seconds = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes}m{seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"


class Progress:
    def __init__(
        self, total: int, *, stream: TextIO, label: str = "articles", interval: float = 5.0
    ) -> None:
        self.total = total
        self.stream = stream
        self.label = label
        self.interval = interval
        self.done = 0
        self.started = time.monotonic()
        self.last_shown = 0.0
        self.tty = bool(getattr(stream, "isatty", lambda: False)())

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def rate_per_minute(self) -> float:
        elapsed = self.elapsed
        return self.done * 60 / elapsed if elapsed > 0 else 0.0

    def line(self) -> str:
        rate = self.rate_per_minute()
        left = self.total - self.done
        eta = f"{_duration(left * 60 / rate)} left" if rate > 0 and left > 0 else ""
        percent = f" ({100 * self.done // self.total}%)" if self.total else ""
        parts = [f"{self.done}/{self.total} {self.label}{percent}", f"{rate:.1f}/min"]
        if eta:
            parts.append(eta)
        return ", ".join(parts)

    def advance(self, count: int = 1) -> None:
        self.done = min(self.total, self.done + count) if self.total else self.done + count
        now = time.monotonic()
        if self.tty:
            self.stream.write("\r\033[K" + self.line())
            self.stream.flush()
        elif now - self.last_shown >= self.interval or self.done == self.total:
            self.stream.write(self.line() + "\n")
            self.stream.flush()
            self.last_shown = now

    def finish(self, summary: str) -> None:
        if self.tty:
            self.stream.write("\r\033[K")
        self.stream.write(
            f"{summary} in {_duration(self.elapsed)} ({self.rate_per_minute():.1f}/min)\n"
        )
        self.stream.flush()
