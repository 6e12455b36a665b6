// "This has been tried already" as the user types the title and the idea (or the reform) of a
// registration: the list comes as HTML, in the page's language, from our own endpoint. Without
// JavaScript the same list is on the review step before sending, so nothing is lost.
// The answer is JSON: {"html": the list, rendered by the server in the page's language}.
(function () {
  "use strict";

  function start() {
    var box = document.querySelector("[data-similar-live]");
    var form = box && box.closest("form");
    if (!form || !window.fetch || !window.URLSearchParams) return;
    var url = box.getAttribute("data-similar-live");
    var timer = null;
    var pending = null;
    var asked = "";

    function field(name) {
      var input = form.elements.namedItem(name);
      return input && typeof input.value === "string" ? input.value : "";
    }

    function query() {
      var params = new URLSearchParams();
      params.set("role", box.getAttribute("data-role") || "");
      params.set("title", field("title").trim());
      params.set("text", (field("idea") + " " + field("reform")).trim().slice(0, 4000));
      form.querySelectorAll('input[name="topics"]:checked').forEach(function (topic) {
        params.append("topics", topic.value);
      });
      var lead = field("lead_municipality");
      if (lead) params.set("municipality", lead);
      return params.toString();
    }

    function ask() {
      var wanted = query();
      if (wanted === asked || field("title").trim().length < 4) return;
      asked = wanted;
      if (pending) pending.abort();
      pending = window.AbortController ? new AbortController() : null;
      fetch(url + "?" + wanted, {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
        signal: pending ? pending.signal : undefined,
      })
        .then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.json();
        })
        .then(function (answer) {
          // Our own server-rendered HTML, its texts escaped by the templates.
          if (asked === wanted) box.innerHTML = answer.html || "";
        })
        .catch(function () {}); // nothing shown then; the review step has the list
    }

    form.addEventListener("input", function (event) {
      var name = event.target && event.target.name;
      if (["title", "idea", "reform", "topics", "lead_municipality"].indexOf(name) === -1) return;
      clearTimeout(timer);
      timer = setTimeout(ask, 700);
    });
    form.addEventListener("change", function (event) {
      if (event.target && event.target.name === "topics") {
        clearTimeout(timer);
        timer = setTimeout(ask, 700);
      }
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
