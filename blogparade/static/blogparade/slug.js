// The new-parade form: the short name follows the title as it is typed, until the host
// edits the short name. The server does the same for a form sent with it empty. Plain JS.
(function () {
  "use strict";
  var source = document.querySelector("[data-slug-source]");
  var target = document.querySelector("[data-slug-target]");
  if (!source || !target) return;
  var touched = target.value !== "";
  var umlauts = { "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue" };
  function slugify(text) {
    var slug = text.replace(/[äöüßÄÖÜ]/g, function (c) { return umlauts[c]; })
      .normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
      .toLowerCase().replace(/[^a-z0-9\s-]/g, "").trim()
      .replace(/[\s-]+/g, "-");
    if (slug.length > 60) {
      slug = slug.slice(0, 60);
      if (slug.lastIndexOf("-") > 0) slug = slug.slice(0, slug.lastIndexOf("-"));
    }
    return slug;
  }
  target.addEventListener("input", function () { touched = target.value !== ""; });
  source.addEventListener("input", function () {
    if (!touched) target.value = slugify(source.value);
  });
})();
