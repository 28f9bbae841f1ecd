// Sends the form of a page that hands the browser to an outside party (a bank's signed request, a stand-in's answer) as soon as it is read;
// the page's own button does the same for a browser without scripts. A file of its own: the pages allow no inline script.
document.getElementById('provider-form')?.submit();
