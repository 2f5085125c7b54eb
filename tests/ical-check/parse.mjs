// Reads .ics files with ical.js and prints, as JSON, what a real calendar parser understood of each VEVENT.
// Start and end are converted to UTC by ical.js itself, using only the VTIMEZONE components found in the file:
// the time-zone service is emptied before each file, so a missing or wrong VTIMEZONE cannot be masked.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

function instant(property) {
  const time = property.getFirstValue();
  const tzid = property.getParameter('tzid');
  if (tzid && (!time.zone || time.zone.tzid !== tzid)) {
    throw new Error(`TZID=${tzid} has no matching VTIMEZONE in the file`);
  }
  return time.toJSDate().toISOString();
}

function describe(file) {
  ICAL.TimezoneService.reset();
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone);
  }

  const events = calendar.getAllSubcomponents('vevent').map((vevent) => ({
    uid: vevent.getFirstPropertyValue('uid'),
    sequence: vevent.getFirstPropertyValue('sequence'),
    status: vevent.getFirstPropertyValue('status'),
    summary: vevent.getFirstPropertyValue('summary'),
    location: vevent.getFirstPropertyValue('location'),
    description: vevent.getFirstPropertyValue('description'),
    url: vevent.getFirstPropertyValue('url'),
    tzid: vevent.getFirstProperty('dtstart').getParameter('tzid') ?? null,
    start: instant(vevent.getFirstProperty('dtstart')),
    end: instant(vevent.getFirstProperty('dtend')),
  }));
  return {
    file,
    method: calendar.getFirstPropertyValue('method'),
    name: calendar.getFirstPropertyValue('x-wr-calname'),
    timeZones: calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')),
    events,
  };
}

process.stdout.write(JSON.stringify(process.argv.slice(2).map(describe)));
