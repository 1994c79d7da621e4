/*
 * The example clinic page's own contact form (public/embed-demo.html), filled in from the
 * `treatment-self-check:complete` event that embed.js fires when the person presses "Show my
 * result to <clinic>'s page". The summary goes into a textarea the person can read and change;
 * nothing is sent until they press the form's own button, and in this demo that button only says
 * so. Written with DOM text only (never innerHTML), and served as a file, since the site's
 * Content-Security-Policy allows no inline script.
 */
(function () {
  'use strict';

  function summaryOf(result) {
    const lines = [];
    lines.push(
      result.setting === null
        ? 'Suggested setting: none yet (something else comes first)'
        : `Suggested setting: ${result.setting.name}`,
    );
    const medicines = result.medications.map((medication) => medication.name).join(', ');
    lines.push(`Medicines to ask about: ${medicines === '' ? 'none right now' : medicines}`);
    if (result.withdrawalCare) lines.push('May need medical care to stop safely (withdrawal care)');
    lines.push(`Self-check versions: questions ${result.questionnaireVersion}, rules ${result.rulesVersion}`);
    return lines.join('\n');
  }

  function start() {
    const container = document.querySelector('[data-treatment-self-check]');
    const form = document.getElementById('contact-form');
    const summary = document.getElementById('contact-summary');
    const status = document.getElementById('contact-status');
    if (container === null || form === null || summary === null || status === null) return;
    container.addEventListener('treatment-self-check:complete', (event) => {
      summary.value = summaryOf(event.detail.result);
      status.textContent = 'Your result is in the form below. Read it, change it if you like, then send it yourself.';
      summary.focus();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      status.textContent = 'This is a demo: nothing was sent. A real clinic form would send this to the clinic.';
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
