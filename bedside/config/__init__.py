"""This workstation and site: where data lives, time zone, language, settings, files written."""
