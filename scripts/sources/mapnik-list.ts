// mapnik-users mailing list (lists.berlios.de, 2006-2012): the users' list of Mapnik, the open-source C++/Python map
// rendering toolkit (used for the OpenStreetMap tiles), English. Users ask how to install and build it, how to style
// maps in the XML stylesheets, how to use PostGIS/shapefile/OGR data sources and the Python bindings, and report
// crashes and wrong rendering; the developers answer. Read from BackupTheBerlios/mapnik-users-maillist at 4e11a7c
// (HEAD), the Mailman/pipermail archive: <YYYY>-<Month>.txt.gz, one mbox-like text file per month (the per-message
// HTML folders next to them are not read).
//
// Threads, page rule and text: scripts/sources/pipermail.ts (80 threads of 2-20 mails; footer "Mapnik-users mailing
// list").
//
// Staff: Mapnik's developers, who answer with authority on the list: Artem Pavlenko (Mapnik's author and lead
// developer; artem at mapnik.org, pavlenko.uklinux.net, berlios.de, ...), Dane Springmeyer (core developer and release
// manager from 2008, by far the most frequent poster; blake at hailmail.net, dane at dbsgeo.com, ...), Jon Burgess
// (Mapnik committer, author of osm2pgsql and the OSM tile server setup), Jean-François Doyon (early developer, the
// Python bindings and WMS server) and Hermann Kraus (developer of the text placement code, 2010-2011).
import { readPipermailList } from './pipermail';
import type { CommentSource } from './source';

export default {
  id: 'mapnik-list',
  repo: 'BackupTheBerlios/mapnik-users-maillist',
  commit: '4e11a7c61de711ff651991a486fd1294067fdab3',
  read: (files) =>
    readPipermailList(files, {
      footerName: /^mapnik-users mailing list$/i,
      staff: [/artem\s+pavlenko|artem at mapnik|pavlenko at/i, /springmeyer|blake at hailmail\.net|dane at dbsgeo\.com/i, /jon\s+burgess|jburgess777/i, /jfdoyon|jean-fran.ois\s+doyon/i, /hermann\s+kraus|herm at scribus\.info|hermr2d2/i],
      threads: 80,
      minMessages: 2,
      maxMessages: 20,
    }),
} satisfies CommentSource;
