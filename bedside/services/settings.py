"""Site settings (declared in bedside/config/settings.py): read one, and save one as admin work, audited."""

from __future__ import annotations

from datetime import tzinfo

from bedside.config import settings
from bedside.config.settings import Setting
from bedside.domain.errors import BedsideError
from bedside.storage import Store
from bedside.storage.access import User
from bedside.storage.audit import Actor


def value(store: Store, setting: Setting) -> str:
    """The stored value, or the setting's default."""
    stored = store.meta(setting.key)
    return setting.default if stored is None else stored


def save(store: Store, actor: Actor, setting: Setting, text: str, by: User | None) -> bool:
    """Check and store one database setting; False when it did not change. Admin work (`by`), audited."""
    if setting.scope != "database":
        raise BedsideError(f"{setting.label}: a setting of this workstation, not of the database")
    store.require_admin(by)
    new = settings.checked(setting, text)
    if new == value(store, setting):
        return False
    store.set_meta(setting.key, new, actor)
    return True


def lock_minutes(store: Store) -> int:
    """The idle minutes before the screen locks (the site setting, default 5)."""
    from bedside.storage import access

    return access.lock_minutes(store.meta(settings.LOCK_MINUTES.key))


def site_zone(store: Store) -> tzinfo:
    """The ward's time zone (the site setting; empty: this workstation's own): "today" follows it."""
    from bedside.config.zone import site_zone as zone_of

    return zone_of(store.meta(settings.SITE_TIMEZONE.key))
