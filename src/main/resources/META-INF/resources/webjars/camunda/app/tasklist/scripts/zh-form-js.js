/*
 * Chinese for the few texts that Camunda Forms (form-js, bundled with Tasklist) writes in English whatever the
 * locale: the placeholder of a select, the search box of a searchable select and the validation messages; and the
 * server's refusals of a task without their English prefix.
 * Loaded by config.js (customScripts). Does nothing when Tasklist shows English, i.e. when the browser's first
 * language is English (the same rule Tasklist uses to pick its locale).
 */

const language = ((navigator.languages && navigator.languages[0]) || navigator.language || '').split('-')[0];

const FIXED = {
  'Select': '请选择',
  'Search': '搜索',
  'No results': '无匹配项',
  'All values selected': '已全部选择',
  'Field is required.': '此项为必填项。',
  'Field must be a valid email.': '请输入有效的电子邮箱地址。',
  'Field must be a valid  international phone number. (e.g. +4930664040900)':
    '请输入有效的国际电话号码（例如 +4930664040900）。',
  'Value is not a number.': '请输入数字。',
  'Value is expected to be an integer.': '请输入整数。'
};

const PATTERNS = [
  [/^Field must match pattern .*\.$/s, () => '格式不正确，请按说明填写。'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `不得小于 ${m[1]}。`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `不得大于 ${m[1]}。`],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `长度不得少于 ${m[1]} 个字符。`],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `长度不得超过 ${m[1]} 个字符。`],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => `最多保留 ${m[1]} 位小数。`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => `取值无效，最接近的有效值为 ${m[1]} 和 ${m[2]}。`]
];

function chinese(text) {
  if (Object.prototype.hasOwnProperty.call(FIXED, text)) {
    return FIXED[text];
  }
  for (const [pattern, translate] of PATTERNS) {
    const match = text.match(pattern);
    if (match) {
      return translate(match);
    }
  }
  return null;
}

// changes the text node in place: form-js (Preact) keeps the node and later sets its text again
function translateText(element) {
  element.childNodes.forEach((node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const translated = chinese(node.data.trim());
      if (translated !== null) {
        node.data = translated;
      }
    }
  });
}

const TEXTS = '.fjs-container .fjs-select-display, .fjs-container .fjs-form-field-error li,'
  + ' .fjs-container .fjs-dropdownlist-empty';

// Tasklist shows why the server refused a task as "Cannot submit task form <id>: <reason>" (or claim, complete, ...);
// the reason is already Chinese: the English prefix and the task's id are dropped
const REFUSAL_PREFIX = /^Cannot [a-z ]+ [0-9a-f-]{36}: /;

function shortenRefusals(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (REFUSAL_PREFIX.test(node.data)) {
      node.data = node.data.replace(REFUSAL_PREFIX, '');
    }
  }
}

function shortenRefusalsWithin(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  const notifications = element && element.closest('.notifications');
  if (notifications) {
    shortenRefusals(notifications);
  } else if (element) {
    element.querySelectorAll('.notifications').forEach(shortenRefusals);
  }
}

function translateWithin(root) {
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  if (root.matches(TEXTS)) {
    translateText(root);
  }
  root.querySelectorAll(TEXTS).forEach(translateText);
  root.querySelectorAll('.fjs-container input[placeholder="Search"]').forEach((input) => {
    input.setAttribute('placeholder', FIXED.Search);
  });
}

if (language !== 'en') {
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        const parent = mutation.target.parentElement;
        if (parent && parent.matches(TEXTS)) {
          translateText(parent);
        }
      } else {
        translateWithin(mutation.target);
      }
      shortenRefusalsWithin(mutation.target);
    }
  }).observe(document.body, {childList: true, subtree: true, characterData: true});
  translateWithin(document.body);
}
