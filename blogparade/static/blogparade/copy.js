// "Copy" buttons: [data-copy="ID"] copies the text of the element ID. Without script the
// buttons stay hidden and the text can be selected as usual.
(function () {
  "use strict";
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        var status = button.parentNode.querySelector(".copy-done");
        if (status) status.textContent = button.getAttribute("data-done") || "✓";
      });
    });
  });
})();
