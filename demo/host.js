// The demo article's own script: buttons that drive the first widget through embed.js's API, and a log of its events.
const log = document.getElementById('host-log');
const first = () => window.FacetExplainer && window.FacetExplainer.get(document.getElementById('widget-chapter'));

for (const name of ['ready', 'stepchange', 'error']) {
  document.addEventListener(`facet-explainer:${name}`, (event) => {
    const { widget, ...detail } = event.detail;
    const line = document.createElement('div');
    line.textContent = `${widget.element.id || 'widget'} ${name} ${JSON.stringify(detail)}`;
    log.prepend(line);
  });
}

for (const button of document.querySelectorAll('[data-command]')) {
  button.addEventListener('click', () => {
    const widget = first();
    if (!widget) return;
    const [command, argument] = button.dataset.command.split(':');
    if (command === 'goToStep') widget.goToStep(argument);
    if (command === 'setLanguage') widget.setLanguage(argument);
    if (command === 'setFindings') widget.setFindings(argument === 'none' ? null : { facets: argument });
    if (command === 'play') widget.play();
    if (command === 'pause') widget.pause();
    widget.element.scrollIntoView({ behavior: 'smooth', block: 'center' });
  });
}
