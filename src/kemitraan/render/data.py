"""How every report template reads the plain data it is given: as records.

A template sees the assessment as plain data (dicts, lists, strings, numbers: made by
:func:`kemitraan.render.templating.template_data`, which needs no Jinja), never a live
pydantic or library object with methods; on a record, ``x.name`` reads the field ``name``
and never a method. The bundled templates are kemitraan's own and run in
:class:`TrustedEnvironment`; a user's run in :class:`kemitraan.render.sandbox.Sandbox`, which
reads data the same way.
"""

from __future__ import annotations

from typing import Any

import jinja2


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
