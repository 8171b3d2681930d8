/*
 * Tasklist (and Cockpit, Admin) as the agency's own workplace (org.sanxiang.workplace, docs/domain.md 任务中心):
 * the agency's name in the header, the agency's time zone in the footer and for every date shown, people by their
 * names surname first
 * (张承办, where the webapps write "承办 张"), and the administrator's buttons (新建任务, 添加用户组, 设置办理期限)
 * hidden from everybody else; the agency's name on the login page, the case number after 发起. What it needs comes from
 * GET /api/workplace/tasklist for the signed-in user (GET /api/public/agency on the login page).
 * Loaded by config.js (customScripts); styles/user-styles.css does the rest.
 */

// the agency's time zone (sanxiang.time-zone) as last read from the server, Beijing time until then
const ZONE_KEY = 'sanxiang.timeZone';
let timeZone = window.localStorage.getItem(ZONE_KEY) || 'Asia/Shanghai';

/** minutes east of UTC of the zone at that instant (from the browser's own time zone data) */
function zoneOffset(date, zone) {
  const parts = {};
  new Intl.DateTimeFormat('en-US', {timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
    hour: 'numeric', minute: 'numeric', second: 'numeric'}).formatToParts(date).forEach((p) => { parts[p.type] = +p.value; });
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second);
  return Math.round((wall - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

/**
 * Every date the webapps show goes through moment's format (the camDate filter, angular-moment): local dates are
 * shown in the agency's time zone, whatever the time zone of the browser's computer.
 */
let datesZoned = false;

function showDatesInTheAgencysTimeZone() {
  if (datesZoned || !window.angular) {
    return;
  }
  let moment;
  try {
    moment = window.angular.injector(['ng', 'angularMoment']).get('moment');
  } catch (e) {
    return;
  }
  if (!moment || !moment.fn || moment.fn.format.sxZoned) {
    datesZoned = !!moment;
    return;
  }
  const format = moment.fn.format;
  // a local moment (the browser's zone) is shown at the agency's offset when formatted for reading (a locale format:
  // L, LL, LLL, LLLL, LT…); UTC or fixed-offset moments, and explicit formats such as "YYYY-MM-DDTHH:mm:ss" (dates the
  // webapps parse again or send to the server), stay as they are
  moment.fn.format = function (...args) {
    if (!this._isUTC && this.isValid() && typeof args[0] === 'string' && /L/.test(args[0].replace(/\[[^\]]*\]/g, ''))) {
      return format.apply(this.clone().utcOffset(zoneOffset(this.toDate(), timeZone)), args);
    }
    return format.apply(this, args);
  };
  moment.fn.format.sxZoned = true;
  datesZoned = true;
}
showDatesInTheAgencysTimeZone();

const ADMIN_ONLY_LINKS = ['添加用户组', '设置办理期限', 'Add groups', 'Set due date'];

let settings = null;
let renames = [];

function apiRoot() {
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return appRoot.replace(/\/camunda$/, '');
}

function appName() {
  const base = document.querySelector('base');
  const app = base && base.getAttribute('app-name');
  return {tasklist: '任务中心', cockpit: '流程监控', admin: '系统管理'}[app] || '任务中心';
}

function renameText(root) {
  if (!renames.length) {
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && parent.closest('.fjs-container, textarea, input, script, style')) {
      continue;
    }
    let text = node.data;
    for (const [from, to] of renames) {
      if (text.includes(from)) {
        text = text.split(from).join(to);
      }
    }
    if (text !== node.data) {
      node.data = text;
    }
  }
}

/*
 * After 发起 the notification says the case number: the number is the business key of the instance the start form's
 * submission answers with (…/process-definition/{id}/submit-form), read here before Tasklist shows "流程已发起。".
 */
const STARTED = '流程已发起。';
let startedCase = null;

const xhrOpen = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (String(method).toUpperCase() === 'POST' && /\/process-definition\/[^/]+\/submit-form$/.test(String(url).split('?')[0])) {
    this.addEventListener('load', () => {
      try {
        const instance = JSON.parse(this.responseText);
        if (this.status < 300 && instance && instance.businessKey) {
          startedCase = {number: instance.businessKey, at: Date.now()};
        }
      } catch (e) {
        // not JSON: Tasklist shows its own error
      }
    });
  }
  return xhrOpen.call(this, method, url, ...rest);
};

function sayTheCaseNumber(root) {
  if (!startedCase) {
    return;
  }
  if (Date.now() - startedCase.at > 30000) {
    startedCase = null;
    return;
  }
  root.querySelectorAll('.notifications .status, .notifications .message').forEach((status) => {
    if (status.textContent.trim() === STARTED) {
      status.textContent = '已立案，案件编号 ' + startedCase.number;
    }
  });
}

/* the login page: the agency's name (GET /api/public/agency, no login needed) where the vendor's logo was */
let agency = null;
let agencyAsked = false;

function nameTheAgencyOnTheLoginPage() {
  const logo = document.querySelector('.login-logo');
  if (!logo) {
    return;
  }
  if (!agency) {
    if (!agencyAsked) {
      agencyAsked = true;
      fetch(apiRoot() + '/api/public/agency', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
        .then((response) => (response.ok ? response.json() : null))
        .then((body) => {
          agency = body;
          nameTheAgencyOnTheLoginPage();
        })
        .catch(() => {});
    }
    return;
  }
  if (logo.textContent !== agency.agencyName || !logo.classList.contains('sx-agency')) {
    logo.textContent = agency.agencyName;
    logo.classList.add('sx-agency');
  }
}

function apply(root) {
  if (root.nodeType === Node.ELEMENT_NODE) {
    sayTheCaseNumber(document.body);
    nameTheAgencyOnTheLoginPage();
  }
  if (!settings || root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  document.body.classList.toggle('sx-admin', settings.administrator);
  document.querySelectorAll('.navbar-brand .brand-name').forEach((brand) => {
    const name = settings.agencyName + ' · ' + appName();
    if (brand.textContent.trim() !== name) {
      brand.textContent = name;
    }
  });
  document.querySelectorAll('#footer-timezone i').forEach((zone) => {
    const text = settings.timeZone + '（北京时间）';
    if (zone.textContent !== text) {
      zone.textContent = text;
    }
  });
  if (!settings.administrator) {
    root.querySelectorAll('a').forEach((link) => {
      if (ADMIN_ONLY_LINKS.includes(link.textContent.trim())) {
        link.classList.add('sx-admin-only');
      }
    });
  }
  showAbsoluteDates(root);
  renameText(root);
}

/** beside "3 天后" (created, due, follow-up) the date itself, in the agency's time zone (Tasklist has it as the tooltip) */
function showAbsoluteDates(root) {
  root.querySelectorAll('[am-time-ago][uib-tooltip]').forEach((relative) => {
    const at = relative.getAttribute('uib-tooltip');
    if (!at || at.includes('{{')) {
      return;
    }
    let absolute = relative.nextElementSibling;
    if (!absolute || !absolute.classList.contains('sx-date')) {
      absolute = document.createElement('span');
      absolute.className = 'sx-date';
      relative.after(absolute);
    }
    const text = '（' + at + '）';
    if (absolute.textContent !== text) {
      absolute.textContent = text;
    }
  });
}

function load() {
  fetch(apiRoot() + '/api/workplace/tasklist', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then((response) => (response.ok ? response.json() : null))
    .then((body) => {
      if (!body) {
        return;
      }
      settings = body;
      if (body.timeZone && body.timeZone !== timeZone) {
        // dates already shown were in the former zone: shown again in the configured one
        window.localStorage.setItem(ZONE_KEY, body.timeZone);
        window.location.reload();
        return;
      }
      // "承办 张" (first name, last name) and the bare user id in the assignee fields become "张承办"
      renames = body.people.filter((p) => p.webappName.includes(' ')).map((p) => [p.webappName, p.name]);
      document.title = document.title.replace(/^行政执法三项制度 ·/, settings.agencyName + ' ·');
      apply(document.body);
    })
    .catch(() => {});
}

let pending = false;
new MutationObserver(() => {
  // after Angular's digest: once per burst of changes
  if (!pending) {
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      showDatesInTheAgencysTimeZone();
      apply(document.body);
    });
  }
}).observe(document.body, {childList: true, subtree: true, characterData: true});

// settings are per user: read them when a user is signed in (Tasklist does not reload the page on login or logout)
let signedIn = false;
setInterval(() => {
  const now = !!document.querySelector('.navbar-brand .brand-name');
  if (now && !signedIn) {
    load();
  }
  if (!now) {
    settings = null;
  }
  signedIn = now;
}, 300);

// the page may already be drawn when this script runs
apply(document.body);
