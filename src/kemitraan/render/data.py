"""What every report template is given: plain data built for it, read as records.

A template sees the assessment as plain data (dicts, lists, strings, numbers), never a live
pydantic or library object with methods; on a record, ``x.name`` reads the field ``name``
and never a method. The bundled templates are kemitraan's own and run in
:class:`TrustedEnvironment`; a user's run in :class:`kemitraan.render.sandbox.Sandbox`, which
reads data the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import jinja2

if TYPE_CHECKING:
    from kemitraan.models.assessment import Assessment


def template_data(a: Assessment, lang: str, *, every_language: bool = True) -> dict[str, Any]:
    """The assessment as a template reads it: its JSON contract, as plain Python data.

    The same fields, names and order as ``--format json``; every text for people is a record
    ``{"id": ..., "en": ...}``, with the report's language too when it is another
    (``|tx`` picks the report's language). ``every_language=False`` (for kemitraan's own
    templates, which read texts only through ``|tx``): each record holds the report's language
    alone, so that no text is put into a language the report does not show.
    """
    from kemitraan.models.dump import dump
    from kemitraan.output import held

    context: dict[str, Any] = {"lang": lang} if every_language else {"lang": lang, "only": True}
    data: dict[str, Any] = held(lambda: dump(a, context))
    return data


class Missing(jinja2.StrictUndefined):
    """A name or field a template asked for that is not there: an error that names what is."""

    __slots__ = ()

    @property
    def _undefined_message(self) -> str:
        obj, name = self._undefined_obj, self._undefined_name
        if self._undefined_hint is None and isinstance(obj, dict) and isinstance(name, str):
            import difflib

            from kemitraan.messages import err

            keys = [str(k) for k in obj]
            close = difflib.get_close_matches(name, keys, n=1, cutoff=0.6)
            if close:
                return err("template.no_field.hint", name=name, fields=", ".join(keys), suggestion=close[0])
            return err("template.no_field", name=name, fields=", ".join(keys))
        return str(super()._undefined_message)


class DataAccess(jinja2.Environment):
    """``record.field`` and ``record["field"]`` read a field of plain data, never a dict method
    (so a field called ``items`` or ``get`` is the field)."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict:
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        if type(obj) is dict:
            try:
                return obj[argument]
            except (KeyError, TypeError):
                return self.undefined(obj=obj, name=argument)
        return super().getitem(obj, argument)


class TrustedEnvironment(DataAccess):
    """The bundled templates' environment (they are kemitraan's own: no sandbox)."""
