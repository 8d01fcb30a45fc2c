// Keeps each Candor honesty panel's price on the variant the shopper picks. The panel names the
// JSON of its product's variant prices (minor units, by variant id) in data-variant-prices;
// candor-product.liquid writes both.
//
// Dawn publishes every variant change on its pub/sub bus (assets/pubsub.js: subscribe(), and
// PUB_SUB_EVENTS.variantChange from assets/constants.js) with the variant in event.data.variant.
// Themes without that bus still set the product form's variant input (name="id") and fire
// "change" on it, which is the fallback. Either way the same price table decides, so the panel
// shows a price the theme rendered, never one computed here.
(function () {
  function pricesOf(panel) {
    var table = document.getElementById(panel.getAttribute('data-variant-prices') || '');
    try {
      return JSON.parse(table ? table.textContent : '{}');
    } catch {
      return {};
    }
  }

  function follow(variantId) {
    if (variantId == null || variantId === '') return;
    document.querySelectorAll('candor-honesty-panel[data-variant-prices]').forEach(function (panel) {
      var cents = pricesOf(panel)[String(variantId)];
      // A variant of another product (a quick view beside the page's product) is not in this table.
      if (typeof cents === 'number' && isFinite(cents)) panel.setAttribute('price', String(cents / 100));
    });
  }

  if (typeof subscribe === 'function' && typeof PUB_SUB_EVENTS === 'object' && PUB_SUB_EVENTS.variantChange) {
    subscribe(PUB_SUB_EVENTS.variantChange, function (event) {
      var variant = event && event.data && event.data.variant;
      if (variant) follow(variant.id);
    });
  }

  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input instanceof HTMLInputElement && input.name === 'id' && input.form && /\/cart\/add/.test(input.form.action))
      follow(input.value);
  });
})();
