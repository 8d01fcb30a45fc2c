/**
 * Platforms whose reviews come from an API as JSON (one page or a list of pages saved to a
 * file) or as JSON Lines. Field names are from the research notes; see the README's table.
 * Each platform's mapping is written out in full though several look alike: it is checked line by
 * line against that platform's documented fields, which one shared shape would hide.
 */
import { buildReview } from '../build.js';
import { bad, leftOut, type MapContext, type Mapped } from '../record.js';
import { at, flag, htmlToText, localeTag, num, rating, str, type Row } from '../values.js';
import { listAt, type FormatVariant } from './types.js';

const textList = (value: unknown) =>
  str(value)
    ? str(value)!
        .split(/\r?\n|\s*[;|]\s*/)
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;

// ---------------------------------------------------------------------------------------------
// Bazaarvoice Conversations API (reviews.json)

const BV_LEFT_OUT: Record<string, Mapped> = {
  REJECTED: leftOut('rejected'),
  REMOVEDBYCLIENT: leftOut('removed'),
  REMOVEDBYCONTENTOWNER: leftOut('removed'),
  SUBMITTED: leftOut('unpublished'),
  PENDING: leftOut('unpublished'),
};

/** Badges are `{ name: { Id, BadgeType, ContentType } }`; ids vary in case between clients. */
const hasBadge = (row: Row, ...names: string[]) => {
  const badges = at(row, 'Badges');
  if (typeof badges !== 'object' || badges === null) return false;
  const keys = Object.keys(badges).map((key) => key.toLowerCase());
  return names.some((name) => keys.includes(name.toLowerCase()));
};

export const bazaarvoiceJson: FormatVariant = {
  reader: 'json',
  verified: true,
  records: listAt('Results'),
  map(row: Row, context: MapContext) {
    const status = str(row['ModerationStatus'])?.toUpperCase();
    if (status && BV_LEFT_OUT[status]) return BV_LEFT_OUT[status]!;
    const incentiveValue = str(at(row, 'ContextDataValues.IncentivizedReview.Value'));
    const syndicated = row['IsSyndicated'] === true;
    const votes = num(row['TotalPositiveFeedbackCount']);
    return buildReview(
      {
        format: 'bazaarvoice',
        productId: row['ProductId'],
        id: row['Id'],
        rating: rating(row['Rating'], 1, num(row['RatingRange']) ?? 5),
        title: row['Title'],
        content: row['ReviewText'],
        createdAt: row['SubmissionTime'],
        updatedAt: row['LastModificationTime'],
        reviewerId: row['AuthorId'],
        reviewerName: row['UserNickname'],
        isVerifiedPurchase: hasBadge(row, 'verifiedPurchaser') ? true : undefined,
        isIncentivized:
          hasBadge(row, 'incentivizedReview', 'earlyReviewerIncentive') || incentiveValue?.toLowerCase() === 'true'
            ? true
            : incentiveValue?.toLowerCase() === 'false'
              ? false
              : undefined,
        isInsider: hasBadge(row, 'staff', 'staffContributor') ? true : undefined,
        // Syndicated reviews were written on another site (often the brand's) and count apart.
        source: syndicated ? 'syndicated' : 'native',
        helpfulVotes: votes,
        locale: localeTag(row['ContentLocale']),
        pros: textList(row['Pros']),
        cons: textList(row['Cons']),
      },
      context,
    );
  },
};

// ---------------------------------------------------------------------------------------------
// Judge.me REST API

export const judgemeJson: FormatVariant = {
  reader: 'json',
  verified: false,
  records: listAt('reviews'),
  map(row: Row, context: MapContext) {
    const curated = str(row['curated'])?.toLowerCase();
    if (curated === 'spam') return leftOut('spam');
    if (curated === 'not-yet' || row['published'] === false || row['hidden'] === true) return leftOut('unpublished');
    const verified = str(row['verified'])?.toLowerCase();
    if (verified !== undefined && verified !== 'buyer' && verified !== 'nothing')
      context.note(`Judge.me: verified value "${verified.slice(0, 30)}" is not known; those reviews are left unverified.`);
    return buildReview(
      {
        format: 'judgeme',
        productId: str(row['product_handle']) ?? row['product_external_id'],
        id: row['id'],
        rating: rating(row['rating']),
        title: row['title'],
        content: row['body'],
        createdAt: row['created_at'],
        updatedAt: row['updated_at'],
        reviewerId: at(row, 'reviewer.external_id') ?? at(row, 'reviewer.id'),
        reviewerName: at(row, 'reviewer.name'),
        email: at(row, 'reviewer.email'),
        isVerifiedPurchase: verified === 'buyer' ? true : verified === 'nothing' || verified === '' ? false : undefined,
        source: /import|aliexpress|amazon|etsy/i.test(str(row['source']) ?? '') ? 'imported' : 'native',
      },
      context,
    );
  },
};

// ---------------------------------------------------------------------------------------------
// Yotpo (all-reviews API, or the widget's product reviews)

export const yotpoJson: FormatVariant = {
  reader: 'json',
  verified: false,
  records: listAt('reviews', 'response.reviews'),
  map(row: Row, context: MapContext) {
    if (row['deleted'] === true || row['archived'] === true) return leftOut('removed');
    const sku = str(row['sku']) ?? str(row['product_id']);
    const votesUp = num(row['votes_up']);
    return buildReview(
      {
        format: 'yotpo',
        productId: sku === 'site_review' ? undefined : sku,
        id: row['id'],
        rating: rating(row['score']),
        title: row['title'],
        content: row['content'],
        createdAt: row['created_at'],
        updatedAt: row['updated_at'],
        reviewerId: at(row, 'user.user_id') ?? row['user_reference'],
        reviewerName: at(row, 'user.display_name') ?? row['name'],
        email: row['email'],
        // "Verified Buyer" means the review came through Yotpo's post-purchase e-mail.
        isVerifiedPurchase: flag(row['verified_buyer']) ?? (str(row['reviewer_type']) === 'verified_buyer' ? true : undefined),
        source: /syndicat/i.test(str(row['source']) ?? '')
          ? 'syndicated'
          : /import/i.test(str(row['source']) ?? '')
            ? 'imported'
            : 'native',
        helpfulVotes: votesUp,
      },
      context,
    );
  },
};

// ---------------------------------------------------------------------------------------------
// Okendo storefront API and Stamped widget API

export const okendoJson: FormatVariant = {
  reader: 'json',
  verified: false,
  records: listAt('reviews'),
  map(row: Row, context: MapContext) {
    const productId = str(row['productId'])?.replace(/^shopify-/, '');
    return buildReview(
      {
        format: 'okendo',
        productId,
        id: row['reviewId'],
        rating: rating(row['rating']),
        title: row['title'],
        content: row['body'],
        createdAt: row['dateCreated'],
        reviewerName: at(row, 'reviewer.displayName'),
        isVerifiedPurchase: flag(at(row, 'reviewer.isVerified')),
        isIncentivized: flag(row['isIncentivized']),
        helpfulVotes: row['helpfulCount'],
      },
      context,
    );
  },
};

export const stampedJson: FormatVariant = {
  reader: 'json',
  verified: false,
  records: listAt('data', 'reviews'),
  map(row: Row, context: MapContext) {
    const verifiedType = num(row['reviewVerifiedType']);
    return buildReview(
      {
        format: 'stamped',
        productId: row['productId'],
        id: row['id'],
        rating: rating(row['reviewRating']),
        title: row['reviewTitle'],
        content: row['reviewMessage'],
        // dateCreated is ISO; reviewDate beside it is month-first (MM/DD/YYYY).
        createdAt: str(row['dateCreated']) ?? row['reviewDate'],
        dates: { order: 'mdy' },
        reviewerName: row['author'],
        isVerifiedPurchase: verifiedType === 2 ? true : verifiedType === 0 ? false : undefined,
        helpfulVotes: row['reviewVotesUp'],
        locale: undefined,
      },
      context,
    );
  },
};

// ---------------------------------------------------------------------------------------------
// REVIEWS.io and Trustpilot product reviews

export const reviewsioJson: FormatVariant = {
  reader: 'json',
  verified: false,
  records: listAt('reviews.data', 'data', 'reviews'),
  map(row: Row, context: MapContext) {
    const first = str(at(row, 'reviewer.first_name'));
    const last = str(at(row, 'reviewer.last_name'));
    return buildReview(
      {
        format: 'reviewsio',
        productId: at(row, 'product.sku') ?? row['sku'],
        id: row['product_review_id'],
        rating: rating(row['rating']),
        title: row['title'],
        content: row['review'],
        createdAt: row['date_created'],
        reviewerName: [first, last ? `${last[0]}.` : undefined].filter(Boolean).join(' ') || undefined,
        isVerifiedPurchase: flag(at(row, 'reviewer.verified_buyer')),
        isIncentivized: flag(row['incentivized']),
      },
      context,
    );
  },
};

/** Trustpilot's widget JSON keeps imported product reviews in their own list; they stay marked imported. */
export const trustpilotJson: FormatVariant = {
  reader: 'json',
  verified: false,
  records(document) {
    if (Array.isArray(document)) return document as Row[];
    if (typeof document !== 'object' || document === null) return undefined;
    const data = document as Record<string, unknown>;
    const own = Array.isArray(data['productReviews'])
      ? (data['productReviews'] as Row[])
      : Array.isArray(data['reviews'])
        ? (data['reviews'] as Row[])
        : undefined;
    const imported = Array.isArray(data['importedProductReviews'])
      ? (data['importedProductReviews'] as Row[]).map((row) => ({ ...row, __imported: true }))
      : [];
    return own || imported.length ? [...(own ?? []), ...imported] : undefined;
  },
  map(row: Row, context: MapContext) {
    return buildReview(
      {
        format: 'trustpilot',
        productId: at(row, 'product.sku') ?? row['sku'],
        id: row['id'],
        rating: rating(row['stars']),
        title: row['title'],
        content: row['content'],
        createdAt: row['createdAt'],
        reviewerId: at(row, 'consumer.id'),
        reviewerName: at(row, 'consumer.displayName'),
        locale: localeTag(row['language']),
        source: row['__imported'] === true ? 'imported' : 'native',
      },
      context,
    );
  },
};

// ---------------------------------------------------------------------------------------------
// WooCommerce REST v3 and Magento GraphQL

const WOO_LEFT_OUT: Record<string, Mapped> = { spam: leftOut('spam'), hold: leftOut('unpublished'), trash: leftOut('removed') };

export const woocommerceJson: FormatVariant = {
  reader: 'json',
  verified: true,
  records: listAt('reviews'),
  map(row: Row, context: MapContext) {
    const status = str(row['status'])?.toLowerCase();
    if (status && WOO_LEFT_OUT[status]) return WOO_LEFT_OUT[status]!;
    // WooCommerce stores 0 when the store does not require a rating: the reviewer gave none.
    if (num(row['rating']) === 0) return leftOut('no rating given');
    const html = str(row['review']);
    const gmt = str(row['date_created_gmt']);
    return buildReview(
      {
        format: 'woocommerce',
        productId: row['product_id'],
        id: row['id'],
        rating: rating(row['rating']),
        // The review is HTML (wp_filter_post_kses): tags out, entities decoded.
        content: html ? htmlToText(html) : undefined,
        createdAt: gmt && !/[zZ]|[+-]\d\d:?\d\d$/.test(gmt) ? `${gmt}Z` : (gmt ?? row['date_created']),
        reviewerName: row['reviewer'],
        email: row['reviewer_email'],
        // Set by WooCommerce itself when the reviewer's e-mail has an order for the product.
        isVerifiedPurchase: flag(row['verified']),
      },
      context,
    );
  },
};

/** GraphQL answers hold products, each with its reviews: one record per review, with the product's sku. */
export const magentoJson: FormatVariant = {
  reader: 'json',
  verified: true,
  records(document) {
    const items = listAt('data.products.items', 'products.items', 'items')(document);
    return items?.flatMap((product) => {
      const reviews = listAt('reviews.items')(product) ?? [];
      return reviews.map((review) => ({ ...review, __sku: product['sku'] }));
    });
  },
  map(row: Row, context: MapContext) {
    // Magento rates in percent: average_rating 80 is four stars of five.
    const percent = num(row['average_rating']);
    if (percent === 0) return leftOut('no rating given');
    const breakdown = Array.isArray(row['ratings_breakdown']) ? (row['ratings_breakdown'] as Row[]) : [];
    if (percent === undefined && breakdown.length === 0) return bad('no average_rating and no ratings_breakdown');
    const created = str(row['created_at']);
    return buildReview(
      {
        format: 'magento',
        productId: row['__sku'],
        rating:
          percent !== undefined
            ? rating(percent / 20)
            : rating(breakdown.reduce((sum, r) => sum + (num(r['value']) ?? NaN), 0) / breakdown.length),
        title: row['summary'],
        content: row['text'],
        // Magento writes created_at in UTC without a zone: "2024-03-05 14:02:11".
        createdAt: created,
        reviewerName: row['nickname'],
        idParts: [row['__sku'] as string, created, str(row['nickname']), str(row['text'])],
      },
      context,
    );
  },
};

// ---------------------------------------------------------------------------------------------
// Shopify product_review metaobjects (GraphQL `metaobjects(type: "product_review")`)

const fieldsOf = (row: Row): Record<string, unknown> => {
  const fields = row['fields'];
  if (!Array.isArray(fields)) return row as Record<string, unknown>;
  return Object.fromEntries((fields as Row[]).map((field) => [String(field['key']), field['value']]));
};

export const shopifyMetaobjectJson: FormatVariant = {
  reader: 'json',
  verified: false,
  records: listAt('data.metaobjects.nodes', 'metaobjects.nodes', 'nodes', 'data.metaobjects.edges'),
  map(row: Row, context: MapContext) {
    const node = (row['node'] as Row | undefined) ?? row;
    const fields = fieldsOf(node);
    let score: unknown = fields['rating'];
    let min = 1;
    let max = 5;
    // A rating field's value is JSON text: {"value":"4.0","scale_min":"1.0","scale_max":"5.0"}.
    if (typeof score === 'string' && score.trim().startsWith('{')) {
      try {
        const parsed = JSON.parse(score) as Record<string, unknown>;
        score = parsed['value'];
        min = num(parsed['scale_min']) ?? 1;
        max = num(parsed['scale_max']) ?? 5;
      } catch {
        return bad('rating is not valid JSON');
      }
    }
    if (!str(fields['published_at'])) return leftOut('unpublished');
    const product = str(fields['product'])?.replace(/^gid:\/\/shopify\/Product\//, '');
    return buildReview(
      {
        format: 'shopify',
        productId: product,
        id: str(node['handle']) ?? str(node['id'])?.replace(/^gid:\/\/shopify\/Metaobject\//, 'shopify-'),
        rating: rating(score, min, max),
        title: fields['title'],
        content: fields['body'],
        createdAt: fields['submitted_at'],
        updatedAt: fields['edited_at'],
        reviewerId: str(fields['author'])?.replace(/^gid:\/\/shopify\/Customer\//, 'shopify-customer-'),
        reviewerName: fields['author_display_name'],
        locale: localeTag(fields['language']),
        orderId: str(fields['order'])?.replace(/^gid:\/\/shopify\/Order\//, ''),
      },
      context,
    );
  },
};

// ---------------------------------------------------------------------------------------------
// Meta Shops product review feed (JSON or CSV with dotted column names)

export const metaShops: FormatVariant = {
  reader: 'json',
  verified: true,
  records: listAt('reviews'),
  map(row: Row, context: MapContext) {
    const incentivized = flag(at(row, 'incentivized'));
    if (incentivized === undefined) return bad('incentivized is required in a Meta review feed and is not true or false');
    return buildReview(
      {
        format: 'meta-shops',
        productId: [at(row, 'product.productIdentifiers.skus')].flat()[0] ?? at(row, 'product.sku') ?? at(row, 'product_id'),
        id: row['reviewID'],
        rating: rating(row['rating']),
        title: row['title'],
        content: row['content'],
        createdAt: row['created_at'],
        updatedAt: row['updated_at'],
        reviewerId: at(row, 'reviewer.reviewerID'),
        reviewerName: flag(at(row, 'reviewer.isAnonymous')) ? undefined : at(row, 'reviewer.name'),
        isIncentivized: incentivized,
        isVerifiedPurchase: flag(at(row, 'has_verified_purchase')),
      },
      context,
    );
  },
};

// ---------------------------------------------------------------------------------------------
// Amazon Reviews'23 (JSON Lines)

export const amazon2023Jsonl: FormatVariant = {
  reader: 'jsonl',
  verified: false,
  map(row: Row, context: MapContext) {
    const text = str(row['text']);
    return buildReview(
      {
        format: 'amazon',
        // Reviews show on the parent listing (all colours and sizes).
        productId: str(row['parent_asin']) ?? row['asin'],
        rating: rating(row['rating']),
        title: row['title'],
        content: text ? htmlToText(text) : undefined,
        // Unix milliseconds: 1588687728923 is 2020-05-05, not a date in the year 52,000.
        createdAt: row['timestamp'],
        dates: { epoch: 'ms' },
        reviewerId: row['user_id'],
        isVerifiedPurchase: flag(row['verified_purchase']),
        helpfulVotes: row['helpful_vote'],
        idParts: [str(row['user_id']), str(row['asin']), String(row['timestamp'])],
        source: 'imported',
      },
      context,
    );
  },
};
