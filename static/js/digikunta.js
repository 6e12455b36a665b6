/* Digikunta: progressive enhancement only. Every page works without this file. */
(function () {
  "use strict";

  function ready(callback) {
    if (document.readyState !== "loading") callback();
    else document.addEventListener("DOMContentLoaded", callback);
  }

  // The error summary takes focus, so that keyboard and screen reader users hear it first.
  function focusErrorSummary() {
    var summary = document.querySelector("[data-error-summary]");
    if (summary) summary.focus();
  }

  // A link in the error summary takes the focus to the field it names, and scrolls so that the
  // field's question shows too. (Without this, the browser only scrolls to the field.)
  function linkErrorSummaryToFields() {
    var summary = document.querySelector("[data-error-summary]");
    if (!summary) return;
    summary.addEventListener("click", function (event) {
      var link = event.target.closest('a[href^="#"]');
      var target = link && document.getElementById(link.getAttribute("href").slice(1));
      if (!target) return;
      var field = target.matches("input, select, textarea")
        ? target
        : target.querySelector("input:not([type=hidden]), select, textarea, summary");
      if (!field) return;
      event.preventDefault();
      var question = field.closest('[id^="div_id_"]') || target.closest("fieldset") || field;
      question.scrollIntoView();
      field.focus({ preventScroll: true });
      if (history.replaceState) history.replaceState(null, "", link.getAttribute("href"));
    });
  }

  // Show only the lead fields that apply: a municipality, or another organisation.
  function toggleLeadFields() {
    var radios = document.querySelectorAll('input[name="lead_kind"]');
    if (!radios.length) return;
    function update() {
      var chosen = document.querySelector('input[name="lead_kind"]:checked');
      document.querySelectorAll("[data-lead-kind]").forEach(function (section) {
        section.hidden = chosen ? section.getAttribute("data-lead-kind") !== chosen.value : false;
      });
    }
    radios.forEach(function (radio) { radio.addEventListener("change", update); });
    update();
  }

  // A filter above the municipality checkboxes: type a name in Finnish or Swedish.
  function filterMunicipalities() {
    var input = document.querySelector("[data-municipality-filter]");
    if (!input) return;
    var container = document.getElementById(input.getAttribute("aria-controls"));
    var status = document.getElementById(input.getAttribute("data-status"));
    input.closest("[hidden]") && input.closest("[hidden]").removeAttribute("hidden");
    function fold(text) {
      return text.toLocaleLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    }
    input.addEventListener("input", function () {
      var query = fold(input.value.trim());
      var shown = 0;
      container.querySelectorAll("[data-region]").forEach(function (region) {
        var matches = 0;
        region.querySelectorAll("[data-names]").forEach(function (item) {
          var match = !query || fold(item.getAttribute("data-names")).indexOf(query) !== -1;
          item.hidden = !match;
          if (match) matches += 1;
        });
        region.hidden = matches === 0;
        if (query && matches) region.open = true;
        shown += matches;
      });
      if (status) status.textContent = query ? status.getAttribute("data-label") + " " + shown : "";
    });
  }

  // Organisation names as the user types: the <datalist> the name fields point at is filled
  // from our own JSON endpoint. Without this the fields are plain text fields, which is enough.
  function suggestOrganisations() {
    var list = document.querySelector("datalist[data-suggestions]");
    if (!list || !window.fetch) return;
    var url = list.getAttribute("data-suggestions");
    var inputs = document.querySelectorAll('input[list="' + list.id + '"]');
    var answers = {}; // query -> names, so that deleting a letter asks nothing again
    var timer = null;
    var pending = null;

    function show(names) {
      var options = document.createDocumentFragment();
      names.forEach(function (name) {
        var option = document.createElement("option");
        option.value = name;
        options.appendChild(option);
      });
      list.textContent = "";
      list.appendChild(options);
    }

    function suggest(input) {
      var query = input.value.trim().replace(/\s+/g, " ");
      if (query.length < 2) return show([]);
      if (answers[query]) return show(answers[query]);
      if (pending) pending.abort();
      pending = window.AbortController ? new AbortController() : null;
      fetch(url + "?q=" + encodeURIComponent(query), {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
        signal: pending ? pending.signal : undefined,
      })
        .then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.json();
        })
        .then(function (answer) {
          answers[query] = answer.names || [];
          // Only if the field still says what was asked: an answer may come late.
          if (input.value.trim().replace(/\s+/g, " ") === query) show(answers[query]);
        })
        .catch(function () {}); // no suggestions then; the field works as before
    }

    inputs.forEach(function (input) {
      input.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(function () { suggest(input); }, 250);
      });
    });
  }

  // The list's filters are always open on a wide screen (see .filters-disclosure in the CSS).
  function openFiltersOnWideScreens() {
    var filters = document.querySelector("[data-filters]");
    if (filters && window.matchMedia("(min-width: 992px)").matches) filters.open = true;
  }

  ready(function () {
    openFiltersOnWideScreens();
    focusErrorSummary();
    linkErrorSummaryToFields();
    toggleLeadFields();
    filterMunicipalities();
    suggestOrganisations();
  });
})();
