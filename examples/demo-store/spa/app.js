// Weekend kit: the demo store's single-page app. It swaps the product markup in place with
// history.pushState and never tells Candor about it: the embed's MutationObserver finds the new
// <candor-*> elements and upgrades them, which is the point of this page.
// The view is built with DOM methods (no innerHTML), so it would also run under Trusted Types.

const PRODUCTS = {
  'canvas-daypack': {
    name: 'Waxed canvas daypack, 20 l',
    eyebrow: 'Bags',
    price: '64.00',
    image: '/assets/img/canvas-daypack.svg',
    alt: 'The waxed canvas daypack in tan: a rounded backpack with a buckled flap and a front pocket.',
    summary:
      'A 20-litre daypack in waxed cotton canvas with a roll-down flap, a padded laptop sleeve and straps without leather. Re-wax it once a year and it will outlast you.',
  },
  'camp-lantern': {
    name: 'Ember camp lantern',
    eyebrow: 'Camping',
    price: '45.00',
    image: '/assets/img/camp-lantern.svg',
    alt: 'The Ember camp lantern: a dark grey lantern with a carry handle and a warm glowing panel.',
    summary:
      'A rechargeable lantern with a warm 2,700 K light, 300 lumens at most and about 40 hours on its lowest setting. Charges by USB-C and can top up a phone.',
  },
};
const DEFAULT_PRODUCT = 'canvas-daypack';
const SITE = 'Weekend kit | Fern & Field';

/** A small element builder: tag, attributes, children (strings become text nodes). */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

function productView(id) {
  const product = PRODUCTS[id];
  const heading = h('h1', { tabindex: '-1' }, product.name);
  const view = [
    h(
      'div',
      { class: 'product' },
      h('figure', { class: 'product-media' }, h('img', { src: product.image, width: '800', height: '600', alt: product.alt })),
      h(
        'div',
        { class: 'product-info' },
        h('p', { class: 'eyebrow' }, product.eyebrow),
        heading,
        h('candor-rating-badge', { 'product-id': id }),
        h('p', { class: 'price' }, `£${product.price.replace(/\.00$/, '')} `, h('small', {}, 'incl. VAT')),
        h('p', {}, product.summary),
        h('candor-honesty-panel', { 'product-id': id, price: product.price }),
      ),
    ),
    h(
      'section',
      { class: 'reviews', 'aria-labelledby': 'reviews' },
      h('h2', { id: 'reviews' }, 'Customer reviews'),
      h('candor-review-summary', { 'product-id': id }),
    ),
  ];
  return { view, heading };
}

function productFromUrl(url) {
  const id = new URL(url, location.href).searchParams.get('product');
  return id && Object.hasOwn(PRODUCTS, id) ? id : DEFAULT_PRODUCT;
}

function show(id, { focus }) {
  const container = document.getElementById('spa-view');
  if (!container || container.dataset.product === id) return;
  const { view, heading } = productView(id);
  container.replaceChildren(...view);
  container.dataset.product = id;
  document.title = `${PRODUCTS[id].name} | ${SITE}`;
  for (const link of document.querySelectorAll('[data-spa-link]')) {
    if (link.dataset.spaLink === id) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  // Screen-reader and keyboard users land on the new product, as after a page load.
  if (focus) heading.focus();
}

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-spa-link]') : null;
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const id = link.dataset.spaLink;
  if (productFromUrl(location.href) !== id) history.pushState({ product: id }, '', link.href);
  show(id, { focus: true });
});

window.addEventListener('popstate', () => show(productFromUrl(location.href), { focus: true }));

// A deep link (/spa/?product=camp-lantern) renders that product at start; the server sends the default one.
show(productFromUrl(location.href), { focus: false });
