"""Site settings (declared in bedside/settings.py): read one, and save one as admin work, audited."""

from __future__ import annotations

from datetime import tzinfo

from bedside import settings
from bedside.settings import Setting
from bedside.storage import Store
from bedside.storage.access import User
from bedside.storage.audit import Actor


def value(store: Store, setting: Setting) -> str:
    """The stored value, or the setting's default."""
    return settings.value(store, setting)


def save(store: Store, actor: Actor, setting: Setting, text: str, by: User | None) -> bool:
    """Check and store one database setting; False when it did not change. Admin work (`by`)."""
    return settings.save(store, setting, text, actor, by)


def lock_minutes(store: Store) -> int:
    """The idle minutes before the screen locks (the site setting, default 5)."""
    from bedside.storage import access

    return access.lock_minutes(store.meta(settings.LOCK_MINUTES.key))


def site_zone(store: Store) -> tzinfo:
    """The ward's time zone (the site setting; empty: this workstation's own): "today" follows it."""
    from bedside.site_zone import site_zone as zone_of

    return zone_of(store.meta(settings.SITE_TIMEZONE.key))
