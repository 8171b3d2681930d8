/**
 * The legal review of enforcement decisions (法制审核, process {@code legal-review}): submission,
 * acceptance or return for supplement, review with the checklist, the written opinion, the
 * handler's answer, negotiation and the leaders' collective discussion. Every round is kept in the
 * application's own tables; {@link org.sanxiang.review.ReviewGate} keeps a case from reaching the
 * leader's decision without a passed review.
 */
package org.sanxiang.review;
