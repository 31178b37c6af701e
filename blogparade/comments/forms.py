"""The comment form bloggers know: name*, email* (never published), website, comment*."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from blogparade.comments import services
from blogparade.comments.models import Blocklist


class CommentForm(forms.Form):
    author = forms.CharField(label=_("Name"), max_length=120, required=True)
    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        required=True,
        help_text=_("Never published."),
    )
    website = forms.CharField(label=_("Website"), max_length=2000, required=False)
    text = forms.CharField(
        label=_("Comment"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=services.MAX_TEXT,
        required=True,
        help_text=_(
            "Markdown: *emphasis*, **strong**, [links](https://…), lists, > quotes, `code`."
        ),
    )
    remember = forms.BooleanField(
        label=_("Remember my name, email and website in this browser for the next time I comment."),
        required=False,
    )
    notify = forms.BooleanField(
        label=_("Email me when someone replies (you confirm by email first)."), required=False
    )
    # Hidden machinery: the page, the parent, the signed render time and a honeypot.
    uri = forms.CharField(widget=forms.HiddenInput, max_length=1000)
    title = forms.CharField(widget=forms.HiddenInput, max_length=300, required=False)
    parent = forms.IntegerField(widget=forms.HiddenInput, required=False)
    ts = forms.CharField(widget=forms.HiddenInput, required=False)
    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["author"].widget.attrs.update({"autocomplete": "name", "aria-required": "true"})
        self.fields["email"].widget.attrs.update({"autocomplete": "email", "aria-required": "true"})
        self.fields["website"].widget.attrs.update({"autocomplete": "url", "inputmode": "url"})
        self.fields["text"].widget.attrs.update({"aria-required": "true"})
        for name, f in self.fields.items():
            if f.help_text and not isinstance(f.widget, forms.HiddenInput):
                f.widget.attrs["aria-describedby"] = f"id_{name}_help"

    def clean(self) -> dict:
        data = super().clean()
        if self.errors:
            return data
        try:
            fields = services.validate_fields(
                author=data.get("author", ""),
                email=data.get("email", ""),
                website=data.get("website", ""),
                text=data.get("text", ""),
                links=False,  # counted by post_comment, after the rate limits
            )
        except services.CommentRejected as exc:
            self.add_error(exc.field if exc.field in self.fields else None, exc.message)
            return data
        data.update(fields)
        return data


class EditForm(forms.Form):
    text = forms.CharField(
        label=_("Comment"), widget=forms.Textarea(attrs={"rows": 6}), max_length=services.MAX_TEXT
    )


class GdprForm(forms.Form):
    """An email address for a GDPR export or erasure (dashboard)."""

    email = forms.EmailField(label=_("Email address"), max_length=254)


class BlocklistForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=Blocklist.Kind.choices)
    value = forms.CharField(label=_("Value"), max_length=300)
    note = forms.CharField(label=_("Note"), max_length=300, required=False)

    def clean(self) -> dict:
        data = super().clean()
        if "kind" in data and "value" in data:
            from blogparade.comments.blocklist import InvalidEntry, normalise

            try:
                data["value"] = normalise(data["kind"], data["value"])
            except InvalidEntry as exc:
                self.add_error("value", str(exc))
        return data
