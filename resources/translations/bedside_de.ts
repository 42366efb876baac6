<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../../ui/board/model.py" line="129"/>
        <source>Not recorded: {dates}. Items anchored on them count from an assumed date and say so.</source>
        <translation>Nicht dokumentiert: {dates}. Punkte, die davon abhängen, zählen ab einem angenommenen Datum und sagen das.</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="133"/>
        <source>A suggestion from today&apos;s CRS/ICANS grades and open FN bundle; the nurse confirms it.</source>
        <translation>Vorschlag aus den heutigen CRS-/ICANS-Graden und einem offenen FN-Bündel; die Pflegekraft bestätigt ihn.</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="140"/>
        <source>!! unstable</source>
        <translation>!! instabil</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="141"/>
        <source>! watcher</source>
        <translation>! beobachten</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="142"/>
        <location filename="../../ui/printing/severity_panel.py" line="44"/>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="145"/>
        <source>(no LD date)</source>
        <translation>(kein LD-Datum)</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="32"/>
        <location filename="../../ui/board/model.py" line="155"/>
        <source>Bed</source>
        <translation>Bett</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="156"/>
        <source>Severity</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="32"/>
        <location filename="../../ui/board/follow_up.py" line="37"/>
        <location filename="../../ui/board/model.py" line="157"/>
        <location filename="../../ui/dialogs/users_dialog.py" line="38"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="32"/>
        <location filename="../../ui/board/follow_up.py" line="37"/>
        <location filename="../../ui/board/model.py" line="158"/>
        <location filename="../../ui/dialogs/lab_import.py" line="66"/>
        <source>MRN</source>
        <translation>Pat.-Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="159"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../ui/board/follow_up.py" line="37"/>
        <location filename="../../ui/board/model.py" line="160"/>
        <location filename="../../ui/patient/timeline_canvas.py" line="280"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="161"/>
        <source>CRS / ICANS</source>
        <translation>CRS / ICANS</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="162"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="163"/>
        <location filename="../../ui/patient/checklist_model.py" line="92"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="164"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="165"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="32"/>
        <location filename="../../ui/board/follow_up.py" line="37"/>
        <location filename="../../ui/board/model.py" line="166"/>
        <source>Ward</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="167"/>
        <source>Needs data</source>
        <translation>Daten fehlen</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="173"/>
        <source>Days since the first infusion (day 0)</source>
        <translation>Tage seit der ersten Infusion (Tag 0)</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="174"/>
        <source>Latest recorded CRS and ICANS grades; - when none is recorded</source>
        <translation>Zuletzt dokumentierte CRS- und ICANS-Grade; - wenn keiner dokumentiert ist</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="175"/>
        <source>Checklist items past their window today</source>
        <translation>Checklistenpunkte, deren Zeitfenster heute überschritten ist</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="176"/>
        <source>Checklist items due today</source>
        <translation>Heute fällige Checklistenpunkte</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="177"/>
        <source>Items waiting for a missing fact or a gate</source>
        <translation>Punkte, die auf eine fehlende Angabe oder eine Voraussetzung warten</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="178"/>
        <source>FN: febrile neutropenia, with the time since the fever; these patients are listed first</source>
        <translation>FN: febrile Neutropenie, mit der Zeit seit dem Fieber; diese Patienten stehen oben</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="179"/>
        <source>Safety items that cannot be decided because a fact (a lab, a date) is missing</source>
        <translation>Sicherheitspunkte, die nicht entschieden werden können, weil eine Angabe (ein Laborwert, ein Datum) fehlt</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="184"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="191"/>
        <source>fever time not recorded</source>
        <translation>Fieberzeit nicht dokumentiert</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="191"/>
        <source>bundle open</source>
        <translation>Bündel offen</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="193"/>
        <source>fever at {time}, later than now</source>
        <translation>Fieber um {time}, später als jetzt</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="194"/>
        <source>fever {t} ago</source>
        <translation>Fieber vor {t}</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="199"/>
        <source>!! FN, {since}</source>
        <translation>!! FN, {since}</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="203"/>
        <source>ANC not recorded</source>
        <translation>ANC nicht dokumentiert</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="203"/>
        <source>ANC {anc:g} x10^9/L</source>
        <translation>ANC {anc:g} x10^9/L</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="211"/>
        <source>antibiotics within 60 minutes of the fever</source>
        <translation>Antibiotika innerhalb von 60 Minuten nach dem Fieber</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="213"/>
        <source>antibiotics within 60 minutes: {t} left</source>
        <translation>Antibiotika innerhalb von 60 Minuten: noch {t}</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="214"/>
        <source>antibiotics within 60 minutes: {t} past</source>
        <translation>Antibiotika innerhalb von 60 Minuten: {t} überschritten</translation>
    </message>
    <message>
        <location filename="../../ui/board/model.py" line="219"/>
        <source>Febrile neutropenia: {reading}; {since}; {antibiotics}.</source>
        <translation>Febrile Neutropenie: {reading}; {since}; {antibiotics}.</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="31"/>
        <source>Demo data notice</source>
        <translation>Hinweis auf Demodaten</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="35"/>
        <source>Ward filter</source>
        <translation>Stationsfilter</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="36"/>
        <source>Show one ward, or all wards</source>
        <translation>Eine Station oder alle Stationen anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="39"/>
        <source>Find a patient by name or MRN (Ctrl+F)</source>
        <translation>Patient nach Name oder Pat.-Nr. suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="40"/>
        <source>Find a patient by name or MRN</source>
        <translation>Patient nach Name oder Pat.-Nr. suchen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="41"/>
        <source>Type part of a name or MRN; Enter opens the highlighted patient</source>
        <translation>Teil eines Namens oder der Pat.-Nr. eingeben; Enter öffnet den markierten Patienten</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="47"/>
        <source>Ward board</source>
        <translation>Stationsübersicht</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="48"/>
        <source>Enter or double-click opens the patient</source>
        <translation>Enter oder Doppelklick öffnet den Patienten</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="68"/>
        <source>&amp;Ward</source>
        <translation>&amp;Station</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="68"/>
        <source>Fi&amp;nd</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="94"/>
        <source>!! FN, fever 10 h 00 min ago</source>
        <translation>!! FN, Fieber vor 10 h 00 min</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="104"/>
        <source>DEMO: {n} demo patients (ward DEMO) are shown. They are not real patients.</source>
        <translation>DEMO: {n} Demo-Patienten (Station DEMO) werden angezeigt. Es sind keine echten Patienten.</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="127"/>
        <source>All wards</source>
        <translation>Alle Stationen</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_model.py" line="50"/>
        <location filename="../../ui/patient/timeline_canvas.py" line="57"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_model.py" line="51"/>
        <location filename="../../ui/patient/timeline_canvas.py" line="55"/>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_model.py" line="52"/>
        <location filename="../../ui/patient/timeline_canvas.py" line="58"/>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_model.py" line="53"/>
        <source>review stopping</source>
        <translation>Absetzen prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_model.py" line="54"/>
        <location filename="../../ui/patient/checklist_tab.py" line="48"/>
        <location filename="../../ui/patient/timeline_canvas.py" line="61"/>
        <source>not done</source>
        <translation>nicht erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_model.py" line="55"/>
        <location filename="../../ui/patient/checklist_tab.py" line="48"/>
        <location filename="../../ui/patient/timeline_canvas.py" line="56"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_model.py" line="56"/>
        <location filename="../../ui/patient/checklist_tab.py" line="48"/>
        <source>not applicable</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_model.py" line="57"/>
        <location filename="../../ui/patient/timeline_canvas.py" line="59"/>
        <source>needs data</source>
        <translation>Daten fehlen</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_model.py" line="64"/>
        <source>until {day}</source>
        <translation>bis {day}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_model.py" line="66"/>
        <source>{status} recorded {day}</source>
        <translation>{status} dokumentiert {day}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_model.py" line="74"/>
        <source>Overdue from earlier days</source>
        <translation>Überfällig von früheren Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_model.py" line="75"/>
        <source>Febrile neutropenia</source>
        <translation>Febrile Neutropenie</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_model.py" line="76"/>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_model.py" line="77"/>
        <source>Prophylaxis</source>
        <translation>Prophylaxe</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_model.py" line="78"/>
        <source>Immunoglobulin</source>
        <translation>Immunglobulin</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_model.py" line="79"/>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_model.py" line="80"/>
        <location filename="../../ui/patient/labs_tab.py" line="92"/>
        <location filename="../../ui/patient/labs_tab.py" line="173"/>
        <source>Vaccination</source>
        <translation>Impfung</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_model.py" line="81"/>
        <source>Product label</source>
        <translation>Produktinformation</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_model.py" line="92"/>
        <location filename="../../ui/patient/labs_tab.py" line="118"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_model.py" line="92"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lab_import.py" line="66"/>
        <location filename="../../ui/patient/checklist_model.py" line="92"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="55"/>
        <source>{item} {status}</source>
        <translation>{item} {status}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="70"/>
        <source>Redone: {what}.</source>
        <translation>Wiederholt: {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="75"/>
        <source>undone by {user}</source>
        <translation>zurückgenommen von {user}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="82"/>
        <source>Undone: {what} (the tick stays in the history, voided).</source>
        <translation>Zurückgenommen: {what} (der Haken bleibt storniert im Verlauf).</translation>
    </message>
    <message>
        <location filename="../../ui/access/emergency.py" line="40"/>
        <location filename="../../ui/patient/history_model.py" line="208"/>
        <location filename="../../ui/reason_dialog.py" line="34"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../../ui/reason_dialog.py" line="35"/>
        <source>Why? (required)</source>
        <translation>Warum? (Pflichtangabe)</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="101"/>
        <source>◀ Previous day</source>
        <translation>◀ Vortag</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="101"/>
        <source>Previous day (Alt+Page Up)</source>
        <translation>Vortag (Alt+Bild auf)</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="102"/>
        <source>Next day ▶</source>
        <translation>Folgetag ▶</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="102"/>
        <source>Next day (Alt+Page Down)</source>
        <translation>Folgetag (Alt+Bild ab)</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="103"/>
        <location filename="../../ui/patient/checklist_tab.py" line="292"/>
        <location filename="../../ui/patient/timeline_tab.py" line="50"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="103"/>
        <source>Back to today (Alt+Home)</source>
        <translation>Zurück zu heute (Alt+Pos1)</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="107"/>
        <source>Checklist date</source>
        <translation>Datum der Checkliste</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="108"/>
        <source>Choose the day to show</source>
        <translation>Anzuzeigenden Tag wählen</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="112"/>
        <source>day </source>
        <translation>Tag </translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="113"/>
        <source>Go to day number</source>
        <translation>Zu Tag Nummer springen</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="114"/>
        <source>Day after the first infusion; Enter goes there</source>
        <translation>Tag nach der ersten Infusion; Enter springt dorthin</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="116"/>
        <location filename="../../ui/patient/checklist_tab.py" line="117"/>
        <source>Show items that do not apply</source>
        <translation>Nicht zutreffende Punkte anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="118"/>
        <source>Also list every item that is not due today, with the reason</source>
        <translation>Auch alle heute nicht fälligen Punkte mit Begründung auflisten</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="126"/>
        <source>Go to</source>
        <translation>Springen</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="135"/>
        <source>Checklist items</source>
        <translation>Checklistenpunkte</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="160"/>
        <source>Item details</source>
        <translation>Details zum Punkt</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="161"/>
        <source>Show &amp;sources</source>
        <translation>&amp;Quellen anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="163"/>
        <source>Show sources</source>
        <translation>Quellen anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="164"/>
        <source>Show the publications this item cites</source>
        <translation>Die Publikationen anzeigen, auf die sich dieser Punkt stützt</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="167"/>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="167"/>
        <source>Mark the selected item done (Space)</source>
        <translation>Markierten Punkt als erledigt abhaken (Leertaste)</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="169"/>
        <source>&amp;Not done…</source>
        <translation>&amp;Nicht erledigt…</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="169"/>
        <source>Record that it was not done, with a reason</source>
        <translation>Dokumentieren, dass es nicht erledigt wurde, mit Begründung</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="172"/>
        <source>Not &amp;applicable…</source>
        <translation>Ent&amp;fällt…</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="173"/>
        <source>Record that it does not apply to this patient, with a reason</source>
        <translation>Dokumentieren, dass es für diesen Patienten nicht zutrifft, mit Begründung</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="176"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="178"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="181"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="181"/>
        <source>Undo the last tick (Ctrl+Z)</source>
        <translation>Letzten Haken zurücknehmen (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="192"/>
        <source>Checklist message</source>
        <translation>Meldung der Checkliste</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="195"/>
        <source>Day summary</source>
        <translation>Tageszusammenfassung</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="294"/>
        <source>{when}, day {day:+d}: {overdue} overdue, {due} due, {blocked} blocked, {done} done</source>
        <translation>{when}, Tag {day:+d}: {overdue} überfällig, {due} fällig, {blocked} blockiert, {done} erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="297"/>
        <source>, {n} need data</source>
        <translation>, {n} mit fehlenden Daten</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="298"/>
        <source>  ·  a future day: shown for planning, nothing can be ticked yet</source>
        <translation>  ·  ein künftiger Tag: zur Planung angezeigt, noch nichts abzuhaken</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="341"/>
        <source>No item selected.</source>
        <translation>Kein Punkt ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="341"/>
        <source>Nothing listed for this day.</source>
        <translation>Für diesen Tag ist nichts aufgeführt.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="347"/>
        <source>Drug and dose: {drug}</source>
        <translation>Medikament und Dosis: {drug}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="351"/>
        <source>Recorded later: {status} by {by} at {at}</source>
        <translation>Nachträglich dokumentiert: {status} von {by} um {at}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="355"/>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="358"/>
        <source>Sources: {keys}</source>
        <translation>Quellen: {keys}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="369"/>
        <source>Not done: {item}</source>
        <translation>Nicht erledigt: {item}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="369"/>
        <source>Not applicable: {item}</source>
        <translation>Entfällt: {item}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="380"/>
        <source>This day is in the future: nothing can be ticked yet.</source>
        <translation>Dieser Tag liegt in der Zukunft: noch nichts abzuhaken.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="384"/>
        <source>{item} is {status}: there is nothing to tick.</source>
        <translation>{item} ist {status}: es gibt nichts abzuhaken.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="391"/>
        <source>Refused: &quot;{status}&quot; needs a reason. Nothing was saved.</source>
        <translation>Abgelehnt: „{status}“ braucht eine Begründung. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="399"/>
        <source>Saved: {item} {status} for {due}.</source>
        <translation>Gespeichert: {item} {status} für {due}.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="411"/>
        <source>Not saved: the ward server is unreachable. Tick it on the paper checklist and enter it later.</source>
        <translation>Nicht gespeichert: Der Stationsserver ist nicht erreichbar. Haken Sie es auf der Papiercheckliste ab und tragen Sie es später ein.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/checklist_tab.py" line="415"/>
        <location filename="../../ui/patient/entry_forms.py" line="217"/>
        <location filename="../../ui/printing/print_and_save.py" line="142"/>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="77"/>
        <source>Form message</source>
        <translation>Meldung des Formulars</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="79"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="80"/>
        <source>Save entry</source>
        <translation>Eintrag speichern</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="81"/>
        <source>Check and save this entry (Ctrl+Enter)</source>
        <translation>Eintrag prüfen und speichern (Strg+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="111"/>
        <source>Problem with {field}</source>
        <translation>Problem bei {field}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="125"/>
        <source>(YYYY-MM-DD)</source>
        <translation>(JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="188"/>
        <source>{when} is later than now ({now}). Was it typed right?

Save anyway?</source>
        <translation>{when} liegt nach jetzt ({now}). Wurde es richtig eingegeben?

Trotzdem speichern?</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="191"/>
        <source>Later than now</source>
        <translation>Später als jetzt</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="204"/>
        <source>Not saved: please correct the marked fields.</source>
        <translation>Nicht gespeichert: Bitte die markierten Felder korrigieren.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="207"/>
        <location filename="../../ui/printing/print_and_save.py" line="124"/>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="213"/>
        <source>Not saved: the ward server is unreachable. Keep it on paper and enter it once Bedside can save.</source>
        <translation>Nicht gespeichert: Der Stationsserver ist nicht erreichbar. Halten Sie es auf Papier fest und tragen Sie es ein, sobald Bedside wieder speichern kann.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="221"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="246"/>
        <location filename="../../ui/patient/entry_forms.py" line="298"/>
        <location filename="../../ui/patient/entry_forms.py" line="402"/>
        <location filename="../../ui/patient/entry_forms.py" line="432"/>
        <source>&amp;Date</source>
        <translation>Dat&amp;um</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="246"/>
        <source>Day the sample was taken</source>
        <translation>Tag der Probenentnahme</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="247"/>
        <location filename="../../ui/patient/entry_forms.py" line="300"/>
        <source>T&amp;ime</source>
        <translation>Uh&amp;rzeit</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="247"/>
        <source>Time of the sample, optional</source>
        <translation>Uhrzeit der Probenentnahme, optional</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="247"/>
        <location filename="../../ui/patient/entry_forms.py" line="300"/>
        <source>HH:MM (optional)</source>
        <translation>HH:MM (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="249"/>
        <source>T&amp;est</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="249"/>
        <source>Which lab test</source>
        <translation>Welcher Laborwert</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="250"/>
        <location filename="../../ui/patient/entry_forms.py" line="310"/>
        <source>V&amp;alue</source>
        <translation>W&amp;ert</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="250"/>
        <source>The result as printed on the lab report</source>
        <translation>Das Ergebnis wie auf dem Laborbefund</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="252"/>
        <location filename="../../ui/patient/entry_forms.py" line="312"/>
        <source>&amp;Unit</source>
        <translation>E&amp;inheit</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="252"/>
        <source>The unit on the lab report; only this test&apos;s units</source>
        <translation>Die Einheit auf dem Laborbefund; nur die Einheiten dieses Tests</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="286"/>
        <source>Implausible value</source>
        <translation>Unplausibler Wert</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="298"/>
        <source>Day of the observation</source>
        <translation>Tag der Beobachtung</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="300"/>
        <source>Time of the reading; fever over an hour needs times</source>
        <translation>Uhrzeit der Messung; Fieber über eine Stunde braucht Uhrzeiten</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="303"/>
        <location filename="../../ui/patient/labs_tab.py" line="68"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="304"/>
        <source>CRS grade (0-4)</source>
        <translation>CRS-Grad (0-4)</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="305"/>
        <source>ICANS grade (0-4)</source>
        <translation>ICANS-Grad (0-4)</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="306"/>
        <source>ICE score (0-10)</source>
        <translation>ICE-Score (0-10)</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="307"/>
        <source>Mucositis grade (0-4)</source>
        <translation>Mukositis-Grad (0-4)</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="309"/>
        <source>&amp;What</source>
        <translation>&amp;Was</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="309"/>
        <source>Temperature, a grade or the ICE score</source>
        <translation>Temperatur, ein Grad oder der ICE-Score</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="310"/>
        <source>The reading, or the grade as a whole number</source>
        <translation>Der Messwert oder der Grad als ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="312"/>
        <source>Temperature unit as read</source>
        <translation>Temperatureinheit wie abgelesen</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="337"/>
        <source>T&amp;ype</source>
        <translation>Ar&amp;t</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="337"/>
        <source>Kind of treatment</source>
        <translation>Art der Behandlung</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="338"/>
        <source>Dru&amp;g</source>
        <translation>Medi&amp;kament</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="338"/>
        <source>Drug name, optional</source>
        <translation>Name des Medikaments, optional</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="338"/>
        <source>e.g. dexamethasone</source>
        <translation>z. B. Dexamethason</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="339"/>
        <source>&amp;One day</source>
        <translation>An einem Ta&amp;g</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="340"/>
        <source>A co&amp;urse</source>
        <translation>Als Ku&amp;r</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="341"/>
        <source>Given on one day</source>
        <translation>An einem Tag gegeben</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="341"/>
        <source>Given from a start day</source>
        <translation>Ab einem Starttag gegeben</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="351"/>
        <source>Given</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="351"/>
        <source>On one day, or as a course with a start</source>
        <translation>An einem Tag oder als Kur mit Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="352"/>
        <source>D&amp;ate</source>
        <translation>Dat&amp;um</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="352"/>
        <source>Day it was given</source>
        <translation>Tag der Gabe</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="353"/>
        <source>Sta&amp;rt</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="353"/>
        <source>First day of the course</source>
        <translation>Erster Tag der Kur</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="354"/>
        <source>&amp;End</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="354"/>
        <source>Last day of the course</source>
        <translation>Letzter Tag der Kur</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="355"/>
        <source>O&amp;ngoing</source>
        <translation>Lau&amp;fend</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="355"/>
        <source>still given</source>
        <translation>wird noch gegeben</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="355"/>
        <source>No end day yet</source>
        <translation>Noch kein Endtag</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="356"/>
        <source>&amp;Dose</source>
        <translation>D&amp;osis</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="356"/>
        <source>Dose as a number, optional</source>
        <translation>Dosis als Zahl, optional</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="357"/>
        <source>Dose un&amp;it</source>
        <translation>Dos&amp;iseinheit</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="357"/>
        <source>e.g. mg/day or g/kg, optional</source>
        <translation>z. B. mg/day oder g/kg, optional</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="358"/>
        <source>CRS</source>
        <translation>CRS</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="358"/>
        <source>ICANS</source>
        <translation>ICANS</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="359"/>
        <source>IEC-HS</source>
        <translation>IEC-HS</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="359"/>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="360"/>
        <source>What it was given for: steroid rules count courses for CRS, ICANS or IEC-HS</source>
        <translation>Wofür es gegeben wurde: Steroid-Regeln zählen Kuren bei CRS, ICANS oder IEC-HS</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="361"/>
        <source>Gi&amp;ven for</source>
        <translation>Gegeben &amp;wegen</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="402"/>
        <source>Day the infection was diagnosed</source>
        <translation>Tag der Diagnose der Infektion</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="403"/>
        <source>S&amp;ite</source>
        <translation>Lokalisatio&amp;n</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="403"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="404"/>
        <source>&amp;Pathogen</source>
        <translation>&amp;Erreger</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="404"/>
        <source>Organism, optional</source>
        <translation>Erreger, optional</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="115"/>
        <location filename="../../ui/dialogs/patient_dialog.py" line="155"/>
        <location filename="../../ui/dialogs/patient_dialog.py" line="172"/>
        <location filename="../../ui/patient/entry_forms.py" line="358"/>
        <location filename="../../ui/patient/entry_forms.py" line="405"/>
        <location filename="../../ui/patient/entry_forms.py" line="407"/>
        <location filename="../../ui/patient/fields.py" line="35"/>
        <source>not recorded</source>
        <translation>nicht dokumentiert</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="277"/>
        <source>{test} {value} {unit} is outside the plausible range {low} to {high} {unit}. Is the unit right?

Save anyway?</source>
        <translation>{test} {value} {unit} liegt außerhalb des plausiblen Bereichs {low} bis {high} {unit}. Stimmt die Einheit?

Trotzdem speichern?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="172"/>
        <location filename="../../ui/dialogs/workstation_form.py" line="30"/>
        <location filename="../../ui/patient/entry_forms.py" line="405"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="172"/>
        <location filename="../../ui/dialogs/workstation_form.py" line="29"/>
        <location filename="../../ui/patient/entry_forms.py" line="405"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="406"/>
        <source>Se&amp;rious</source>
        <translation>Sch&amp;wer</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="406"/>
        <source>Was it a serious infection?</source>
        <translation>War es eine schwere Infektion?</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="407"/>
        <source>HSV</source>
        <translation>HSV</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="407"/>
        <source>VZV (shingles, chickenpox)</source>
        <translation>VZV (Gürtelrose, Windpocken)</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="408"/>
        <source>CMV</source>
        <translation>CMV</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="408"/>
        <source>PJP</source>
        <translation>PJP</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="408"/>
        <source>bacterial</source>
        <translation>bakteriell</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="408"/>
        <source>yeast</source>
        <translation>Hefepilz</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="409"/>
        <source>mould</source>
        <translation>Schimmelpilz</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="409"/>
        <source>respiratory virus</source>
        <translation>respiratorisches Virus</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="410"/>
        <source>Kind of pathogen: an HSV or VZV episode extends HSV/VZV prophylaxis</source>
        <translation>Art des Erregers: eine HSV- oder VZV-Episode verlängert die HSV/VZV-Prophylaxe</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="411"/>
        <source>Pathogen gro&amp;up</source>
        <translation>Erreger&amp;gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="432"/>
        <source>Day the vaccine was given</source>
        <translation>Tag der Impfung</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="434"/>
        <source>Vacc&amp;ine</source>
        <translation>&amp;Impfstoff</translation>
    </message>
    <message>
        <location filename="../../ui/patient/entry_forms.py" line="434"/>
        <source>Which vaccine</source>
        <translation>Welcher Impfstoff</translation>
    </message>
    <message>
        <location filename="../../ui/printing/severity_panel.py" line="44"/>
        <source>watcher</source>
        <translation>beobachten</translation>
    </message>
    <message>
        <location filename="../../ui/printing/severity_panel.py" line="44"/>
        <source>unstable</source>
        <translation>instabil</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="78"/>
        <source>Print preview: {document}</source>
        <translation>Druckvorschau: {document}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="79"/>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <location filename="../../ui/printing/sheet_pages.py" line="75"/>
        <source>The sheet as it will print</source>
        <translation>Das Blatt, wie es gedruckt wird</translation>
    </message>
    <message>
        <location filename="../../ui/printing/sheet_pages.py" line="76"/>
        <source>Page Up and Page Down move through the pages</source>
        <translation>Bild auf und Bild ab blättern durch die Seiten</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="88"/>
        <source>Characters that cannot be printed</source>
        <translation>Zeichen, die nicht gedruckt werden können</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="92"/>
        <source>Print status</source>
        <translation>Druckstatus</translation>
    </message>
    <message>
        <location filename="../../ui/printing/sheet_pages.py" line="79"/>
        <source>Page number</source>
        <translation>Seitenzahl</translation>
    </message>
    <message>
        <location filename="../../ui/printing/sheet_pages.py" line="81"/>
        <source>Fit width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <location filename="../../ui/printing/sheet_pages.py" line="82"/>
        <source>Whole page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <location filename="../../ui/printing/sheet_pages.py" line="85"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../ui/printing/sheet_pages.py" line="86"/>
        <source>How large the page is shown (Ctrl+plus, Ctrl+minus); printing is not affected</source>
        <translation>Wie groß die Seite angezeigt wird (Strg+Plus, Strg+Minus); der Druck ändert sich nicht</translation>
    </message>
    <message>
        <location filename="../../ui/printing/sheet_pages.py" line="92"/>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_tab.py" line="45"/>
        <location filename="../../ui/printing/sheet_pages.py" line="88"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../../ui/printing/sheet_pages.py" line="88"/>
        <source>Smaller (Ctrl+minus)</source>
        <translation>Kleiner (Strg+Minus)</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_tab.py" line="47"/>
        <location filename="../../ui/printing/sheet_pages.py" line="89"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../../ui/printing/sheet_pages.py" line="89"/>
        <source>Larger (Ctrl+plus)</source>
        <translation>Größer (Strg+Plus)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/severity_panel.py" line="90"/>
        <source>Illness severity (I-PASS)</source>
        <translation>Krankheitsschwere (I-PASS)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/severity_panel.py" line="91"/>
        <source>Illness severity</source>
        <translation>Krankheitsschwere</translation>
    </message>
    <message>
        <location filename="../../ui/printing/severity_panel.py" line="94"/>
        <source>Bedside suggests a level from the latest CRS and ICANS grades and an open febrile-neutropenia bundle. Choose another level to print it instead.</source>
        <translation>Bedside schlägt eine Stufe aus den letzten CRS- und ICANS-Graden und einem offenen Bündel für febrile Neutropenie vor. Eine andere Stufe wählen, um stattdessen diese zu drucken.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/severity_panel.py" line="100"/>
        <source>Patients on this sheet</source>
        <translation>Patienten auf diesem Blatt</translation>
    </message>
    <message>
        <location filename="../../ui/printing/severity_panel.py" line="50"/>
        <source>{level} (suggested)</source>
        <translation>{level} (Vorschlag)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/severity_panel.py" line="101"/>
        <source>Click a level, or press F2, to choose the level the sheet prints</source>
        <translation>Eine Stufe anklicken oder F2 drücken, um die gedruckte Stufe zu wählen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/severity_panel.py" line="114"/>
        <source>Columns of the severity table</source>
        <translation>Spalten der Schweregrad-Tabelle</translation>
    </message>
    <message>
        <location filename="../../ui/printing/severity_panel.py" line="183"/>
        <source>Prints</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <location filename="../../ui/printing/severity_panel.py" line="198"/>
        <source>Illness severity for {name}</source>
        <translation>Krankheitsschwere für {name}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/severity_panel.py" line="192"/>
        <source>Bedside suggests {level}: {reasons}. The sheet prints the level chosen here.</source>
        <translation>Bedside schlägt {level} vor: {reasons}. Gedruckt wird die hier gewählte Stufe.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="147"/>
        <source>&amp;Print</source>
        <translation>&amp;Drucken</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="148"/>
        <source>Print on this workstation&apos;s default printer; without one, choose a printer</source>
        <translation>Auf dem Standarddrucker dieses Arbeitsplatzes drucken; ohne Standarddrucker einen Drucker wählen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <location filename="../../ui/printing/preview.py" line="149"/>
        <location filename="../../ui/printing/print_and_save.py" line="85"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="152"/>
        <source>&amp;Choose printer…</source>
        <translation>Drucker &amp;wählen…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="153"/>
        <source>Choose a printer and the pages in the system print dialog</source>
        <translation>Drucker und Seiten im Druckdialog des Systems wählen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="154"/>
        <source>Choose printer</source>
        <translation>Drucker wählen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="157"/>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="158"/>
        <source>Save the sheet as a PDF file (Ctrl+S)</source>
        <translation>Das Blatt als PDF-Datei speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="159"/>
        <location filename="../../ui/printing/print_and_save.py" line="121"/>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="163"/>
        <source>Close the preview without printing (Esc)</source>
        <translation>Vorschau ohne Drucken schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/board/follow_up.py" line="23"/>
        <location filename="../../ui/board/follow_up.py" line="27"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../../ui/board/follow_up.py" line="35"/>
        <source>Bedside: follow-up of discharged patients</source>
        <translation>Bedside: Nachsorge entlassener Patienten</translation>
    </message>
    <message>
        <location filename="../../ui/board/follow_up.py" line="36"/>
        <source>Follow-up of discharged patients</source>
        <translation>Nachsorge entlassener Patienten</translation>
    </message>
    <message>
        <location filename="../../ui/board/follow_up.py" line="37"/>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <location filename="../../ui/board/follow_up.py" line="37"/>
        <source>Next 4 weeks</source>
        <translation>Nächste 4 Wochen</translation>
    </message>
    <message>
        <location filename="../../ui/board/follow_up.py" line="38"/>
        <source>Discharged patients with follow-up due</source>
        <translation>Entlassene Patienten mit fälliger Nachsorge</translation>
    </message>
    <message>
        <location filename="../../ui/board/follow_up.py" line="42"/>
        <source>The chosen patient&apos;s own plan: dates, medicines, who to call</source>
        <translation>Der Plan des gewählten Patienten: Termine, Medikamente, wen man anruft</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="147"/>
        <location filename="../../ui/board/follow_up.py" line="47"/>
        <location filename="../../ui/dialogs/users_dialog.py" line="97"/>
        <location filename="../../ui/printing/preview.py" line="164"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/board/follow_up.py" line="72"/>
        <source>{n} discharged patient(s) with follow-up due now or in the next {days} days.</source>
        <translation>{n} entlassene(r) Patient(en) mit Nachsorge, die jetzt oder in den nächsten {days} Tagen fällig ist.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="198"/>
        <source>…and {n} more (hover to see all)</source>
        <translation>…und {n} weitere (Mauszeiger darüber zeigt alle)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="199"/>
        <source>Some characters are not in the printing font. The sheet shows them as [U+…] codes:</source>
        <translation>Einige Zeichen fehlen in der Druckschrift. Das Blatt zeigt sie als [U+…]-Codes:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/sheet_pages.py" line="120"/>
        <source>Page {page} of {count}</source>
        <translation>Seite {page} von {count}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="216"/>
        <source>The severity was not kept: {error}</source>
        <translation>Der Schweregrad wurde nicht übernommen: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="337"/>
        <source>This sheet cannot be made now: {error}</source>
        <translation>Dieses Blatt kann jetzt nicht erstellt werden: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="113"/>
        <location filename="../../ui/printing/preview.py" line="114"/>
        <location filename="../../ui/printing/preview.py" line="322"/>
        <source>Preparing the sheet…</source>
        <translation>Das Blatt wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="356"/>
        <location filename="../../ui/printing/print_and_save.py" line="98"/>
        <location filename="../../ui/printing/print_and_save.py" line="132"/>
        <source>The sheet is not ready yet.</source>
        <translation>Das Blatt ist noch nicht fertig.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="368"/>
        <source>Bringing the sheet up to date first…</source>
        <translation>Das Blatt wird zuerst auf den neuesten Stand gebracht…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="321"/>
        <source>Made again with the latest data.</source>
        <translation>Mit den neuesten Daten neu erstellt.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_and_save.py" line="68"/>
        <source>({printer})</source>
        <translation>({printer})</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_and_save.py" line="90"/>
        <source>Not printed.</source>
        <translation>Nicht gedruckt.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_and_save.py" line="107"/>
        <source>Nothing was printed: the printer could not be started.</source>
        <translation>Nichts wurde gedruckt: Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_and_save.py" line="111"/>
        <source>Sent {n} page(s) to the printer.</source>
        <translation>{n} Seite(n) an den Drucker gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_and_save.py" line="121"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved: cannot write {file}: {error}</source>
        <translation type="vanished">Nicht gespeichert: {file} kann nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_and_save.py" line="145"/>
        <source>Saved {file}</source>
        <translation>{file} gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/printing/severity_panel.py" line="191"/>
        <source>Bed {bed}</source>
        <translation>Bett {bed}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/severity_panel.py" line="191"/>
        <source>No bed</source>
        <translation>Kein Bett</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="32"/>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="33"/>
        <source>Checks</source>
        <translation>Haken</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="34"/>
        <source>Entries (labs, observations, treatments, ...)</source>
        <translation>Einträge (Labor, Beobachtungen, Behandlungen, ...)</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="35"/>
        <source>Patient changes</source>
        <translation>Patientenänderungen</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="36"/>
        <source>Voids</source>
        <translation>Stornierungen</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="76"/>
        <location filename="../../ui/patient/labs_tab.py" line="78"/>
        <source>ongoing</source>
        <translation>laufend</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="84"/>
        <source>{item} {status} for {due}</source>
        <translation>{item} {status} für {due}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="92"/>
        <source>ticked {item} done for {due}</source>
        <translation>hat {item} für {due} als erledigt abgehakt</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="93"/>
        <source>marked {item} not done for {due}</source>
        <translation>hat {item} für {due} als nicht erledigt markiert</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="94"/>
        <source>marked {item} not applicable for {due}</source>
        <translation>hat {item} für {due} als entfällt markiert</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="96"/>
        <source>recorded {item} for {due}</source>
        <translation>hat {item} für {due} dokumentiert</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="118"/>
        <source>voided {entity} #{id}</source>
        <translation>hat {entity} #{id} storniert</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="123"/>
        <source>added {entity} #{id}: {summary}</source>
        <translation>hat {entity} #{id} hinzugefügt: {summary}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="127"/>
        <source>added the patient (record imported)</source>
        <translation>hat den Patienten angelegt (Akte importiert)</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="129"/>
        <source>replaced the whole patient record from a file</source>
        <translation>hat die ganze Patientenakte aus einer Datei ersetzt</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="131"/>
        <source>changed {fields}</source>
        <translation>hat {fields} geändert</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="134"/>
        <source>moved to protocol {new} (from {old}): {reason}</source>
        <translation>auf Protokoll {new} umgestellt (von {old}): {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="140"/>
        <source>the handover</source>
        <translation>die Übergabe</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="140"/>
        <source>the follow-up plan</source>
        <translation>den Nachsorgeplan</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="141"/>
        <location filename="../../ui/patient/history_model.py" line="147"/>
        <source>to a file</source>
        <translation>in eine Datei</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="141"/>
        <source>on a printer</source>
        <translation>auf einem Drucker</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="142"/>
        <source>printed {sheet} ({pages} pages) {where}</source>
        <translation>hat {sheet} ({pages} Seiten) {where} gedruckt</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="146"/>
        <source>FHIR R4</source>
        <translation>FHIR R4</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="146"/>
        <source>Bedside JSON</source>
        <translation>Bedside-JSON</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="147"/>
        <source>to the command line&apos;s output</source>
        <translation>auf die Ausgabe der Kommandozeile</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="148"/>
        <source>exported the record as {format} {where}</source>
        <translation>hat die Akte als {format} {where} exportiert</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="154"/>
        <source>#{seq} {action} by {actor} on {workstation}</source>
        <translation>#{seq} {action} von {actor} an {workstation}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="156"/>
        <source>before: {value}</source>
        <translation>vorher: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="158"/>
        <source>after: {value}</source>
        <translation>nachher: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="208"/>
        <source>When (local time)</source>
        <translation>Wann (Ortszeit)</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="208"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="208"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="221"/>
        <source>Stored as {utc} (UTC)</source>
        <translation>Gespeichert als {utc} (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_model.py" line="236"/>
        <source>{text} [voided]</source>
        <translation>{text} [storniert]</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_tab.py" line="42"/>
        <source>Show which changes</source>
        <translation>Welche Änderungen anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_tab.py" line="43"/>
        <source>Show all changes, or only checks, entries, patient changes or voids</source>
        <translation>Alle Änderungen anzeigen oder nur Haken, Einträge, Patientenänderungen oder Stornierungen</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_tab.py" line="49"/>
        <location filename="../../ui/patient/history_tab.py" line="50"/>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_tab.py" line="51"/>
        <source>Shows only changes whose words contain this text</source>
        <translation>Zeigt nur Änderungen, die diesen Text enthalten</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_tab.py" line="54"/>
        <source>V&amp;oid…</source>
        <translation>St&amp;ornieren…</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_tab.py" line="55"/>
        <location filename="../../ui/patient/labs_tab.py" line="213"/>
        <source>Void the selected entry</source>
        <translation>Markierten Eintrag stornieren</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_tab.py" line="58"/>
        <source>Void a mistaken lab, observation, treatment, infection, vaccination or tick (Delete). It stays in the record, marked void, with your reason.</source>
        <translation>Einen irrtümlichen Laborwert, eine Beobachtung, Behandlung, Infektion, Impfung oder einen Haken stornieren (Entf). Er bleibt in der Akte, als storniert markiert, mit Ihrer Begründung.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_tab.py" line="65"/>
        <source>Patient history</source>
        <translation>Verlauf des Patienten</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_tab.py" line="76"/>
        <source>History message</source>
        <translation>Meldung des Verlaufs</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_tab.py" line="79"/>
        <source>&amp;Show</source>
        <translation>Anzei&amp;gen</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_tab.py" line="140"/>
        <source>Void {entity} #{id}</source>
        <translation>{entity} #{id} stornieren</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_tab.py" line="141"/>
        <source>The entry stays in the record, marked void. Why is it being voided?</source>
        <translation>Der Eintrag bleibt in der Akte, als storniert markiert. Warum wird er storniert?</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_tab.py" line="147"/>
        <source>Select a lab, observation, treatment, infection, vaccination or tick to void.</source>
        <translation>Einen Laborwert, eine Beobachtung, Behandlung, Infektion, Impfung oder einen Haken zum Stornieren auswählen.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_tab.py" line="156"/>
        <source>Not voided: a reason is needed.</source>
        <translation>Nicht storniert: Eine Begründung ist nötig.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_tab.py" line="162"/>
        <source>Not voided: {problem}</source>
        <translation>Nicht storniert: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/history_tab.py" line="164"/>
        <source>Voided: {what}</source>
        <translation>Storniert: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="65"/>
        <source>Lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="69"/>
        <location filename="../../ui/patient/timeline_canvas.py" line="67"/>
        <source>CRS grade</source>
        <translation>CRS-Grad</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="70"/>
        <location filename="../../ui/patient/timeline_canvas.py" line="67"/>
        <source>ICANS grade</source>
        <translation>ICANS-Grad</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="71"/>
        <source>ICE score</source>
        <translation>ICE-Score</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="72"/>
        <source>Mucositis grade</source>
        <translation>Mukositis-Grad</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="77"/>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="82"/>
        <location filename="../../ui/patient/labs_tab.py" line="171"/>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="84"/>
        <source>serious</source>
        <translation>schwer</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="84"/>
        <source>not serious</source>
        <translation>nicht schwer</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="91"/>
        <location filename="../../ui/patient/labs_tab.py" line="172"/>
        <source>Infection</source>
        <translation>Infektion</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="118"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="118"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="118"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="118"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="147"/>
        <source>voided: {reason} ({by}, {at} UTC)</source>
        <translation>storniert: {reason} ({by}, {at} UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="299"/>
        <source>Void entry</source>
        <translation>Eintrag stornieren</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="298"/>
        <source>Void {entry}?
Why is it a mistake? (required)</source>
        <translation>{entry} stornieren?
Warum ist er fehlerhaft? (Pflichtangabe)</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="299"/>
        <source>Reason for voiding</source>
        <translation>Grund der Stornierung</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="299"/>
        <source>Void</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="165"/>
        <source>Kind of entry</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="166"/>
        <source>Choose what to enter</source>
        <translation>Wählen, was eingetragen wird</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="169"/>
        <source>Lab result</source>
        <translation>Laborwert</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="170"/>
        <source>Temperature or grade</source>
        <translation>Temperatur oder Grad</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="176"/>
        <source>New entry: {kind}</source>
        <translation>Neuer Eintrag: {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="184"/>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="191"/>
        <source>Trends</source>
        <translation>Verläufe</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="196"/>
        <source>Dashed red lines: thresholds used by this patient&apos;s protocol, with the item ids.</source>
        <translation>Rote gestrichelte Linien: Schwellenwerte aus dem Protokoll dieses Patienten, mit den Punkt-IDs.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="198"/>
        <source>Chart legend</source>
        <translation>Legende des Diagramms</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="204"/>
        <source>Entries for this patient, newest first</source>
        <translation>Einträge dieses Patienten, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="212"/>
        <source>&amp;Void…</source>
        <translation>St&amp;ornieren…</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="214"/>
        <source>Mark the selected entry as a mistake, with a reason; it stays in the list</source>
        <translation>Markierten Eintrag mit Begründung als Fehler kennzeichnen; er bleibt in der Liste</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="218"/>
        <source>Entries message</source>
        <translation>Meldung der Einträge</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="220"/>
        <source>Entries (newest first)</source>
        <translation>Einträge (neueste zuerst)</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="285"/>
        <source>Not voided: a reason is required.</source>
        <translation>Nicht storniert: Eine Begründung ist Pflicht.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="290"/>
        <source>Not voided: {error}</source>
        <translation>Nicht storniert: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/labs_tab.py" line="292"/>
        <source>Voided.</source>
        <translation>Storniert.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="44"/>
        <source>Bedside is a documentation aid for locally approved protocols, not a medical device.</source>
        <translation>Bedside ist eine Dokumentationshilfe für lokal freigegebene Protokolle, kein Medizinprodukt.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>EMERGENCY ACCESS: every action is flagged for review</source>
        <translation>NOTFALLZUGANG: jede Aktion wird zur Prüfung markiert</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>READ-ONLY: this database cannot be written here; nothing can be saved</source>
        <translation>NUR LESEN: diese Datenbank kann hier nicht beschrieben werden; nichts kann gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Read-only database</source>
        <translation>Schreibgeschützte Datenbank</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Bedside: loading the ward…</source>
        <translation>Bedside: Station wird geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>&amp;New patient…</source>
        <translation>&amp;Neuer Patient…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>&amp;Edit patient…</source>
        <translation>Patient bearbei&amp;ten…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>Edit the selected or open patient</source>
        <translation>Den markierten oder geöffneten Patienten bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;Import patient JSON…</source>
        <translation>Patienten-JSON &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>Add a bedside-patient/1 file</source>
        <translation>Eine bedside-patient/1-Datei hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>E&amp;xport patient JSON…</source>
        <translation>Patienten-JSON e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>Save the selected or open patient as a file</source>
        <translation>Den markierten oder geöffneten Patienten als Datei speichern</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>Print toolbar</source>
        <translation>Druck-Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Print ward handover</source>
        <translation>Stationsübergabe drucken</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>S&amp;witch user…</source>
        <translation>Benutzer wec&amp;hseln…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Sign in as someone else on this workstation</source>
        <translation>An diesem Arbeitsplatz als jemand anderes anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>&amp;Lock screen</source>
        <translation>Bildschirm s&amp;perren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Hide patient data until you unlock</source>
        <translation>Patientendaten bis zum Entsperren ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery.py" line="76"/>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;Find patient</source>
        <translation>Patient &amp;suchen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>&amp;Back to the ward board</source>
        <translation>&amp;Zurück zur Stationsübersicht</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Esc or Alt+Left</source>
        <translation>Esc oder Alt+Links</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>&amp;Users and settings…</source>
        <translation>&amp;Benutzer und Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>Add users, set PINs, unlock, roles, lock time</source>
        <translation>Benutzer anlegen, PINs setzen, entsperren, Rollen, Sperrzeit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>&amp;Admin</source>
        <translation>Ad&amp;min</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>&amp;About Bedside</source>
        <translation>&amp;Über Bedside</translation>
    </message>
    <message>
        <location filename="../../ui/board/feed.py" line="80"/>
        <source>Counting the rest of the ward…</source>
        <translation>Der Rest der Station wird gezählt…</translation>
    </message>
    <message>
        <location filename="../../ui/board/feed.py" line="100"/>
        <source>The ward board could not be refreshed: {err}</source>
        <translation>Die Stationsübersicht konnte nicht aktualisiert werden: {err}</translation>
    </message>
    <message>
        <location filename="../../ui/access/lock.py" line="40"/>
        <source>Bedside (locked)</source>
        <translation>Bedside (gesperrt)</translation>
    </message>
    <message>
        <location filename="../../ui/access/lock.py" line="86"/>
        <source>Bedside is locked</source>
        <translation>Bedside ist gesperrt</translation>
    </message>
    <message>
        <location filename="../../ui/access/lock.py" line="88"/>
        <source>Bedside is locked. Patient data is hidden.</source>
        <translation>Bedside ist gesperrt. Patientendaten sind ausgeblendet.</translation>
    </message>
    <message>
        <location filename="../../ui/access/lock.py" line="91"/>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Signed in: {name} ({initials})</source>
        <translation>Angemeldet: {name} ({initials})</translation>
    </message>
    <message>
        <location filename="../../ui/access/lock.py" line="94"/>
        <source>Your PIN to unlock</source>
        <translation>Ihre PIN zum Entsperren</translation>
    </message>
    <message>
        <location filename="../../ui/access/lock.py" line="96"/>
        <location filename="../../ui/dialogs/users_dialog.py" line="82"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location filename="../../ui/access/lock.py" line="97"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../ui/access/lock.py" line="103"/>
        <source>Unlock problem</source>
        <translation>Problem beim Entsperren</translation>
    </message>
    <message>
        <location filename="../../ui/access/lock.py" line="104"/>
        <source>Sign in as &amp;someone else…</source>
        <translation>Als &amp;jemand anderes anmelden…</translation>
    </message>
    <message>
        <location filename="../../ui/access/lock.py" line="105"/>
        <source>Sign in as someone else</source>
        <translation>Als jemand anderes anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/access/lock.py" line="106"/>
        <source>Forms left open by the person signed in now are closed without saving</source>
        <translation>Offene Formulare der jetzt angemeldeten Person werden ohne Speichern geschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/access/lock.py" line="112"/>
        <location filename="../../ui/access/sign_in.py" line="133"/>
        <location filename="../../ui/access/sign_in.py" line="315"/>
        <location filename="../../ui/dialogs/users_dialog.py" line="60"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../../ui/access/lock.py" line="120"/>
        <source>Emergency access: sign in again to go on.</source>
        <translation>Notfallzugang: zum Weiterarbeiten erneut anmelden.</translation>
    </message>
    <message>
        <location filename="../../ui/access/lock.py" line="152"/>
        <source>Type your PIN, then Enter.</source>
        <translation>PIN eingeben, dann Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/board/feed.py" line="93"/>
        <source>Bedside: ward board, {day} ({n} patients)</source>
        <translation>Bedside: Stationsübersicht, {day} ({n} Patienten)</translation>
    </message>
    <message>
        <location filename="../../ui/actions/patient_files.py" line="30"/>
        <source>Import patient JSON</source>
        <translation>Patienten-JSON importieren</translation>
    </message>
    <message>
        <location filename="../../ui/actions/patient_files.py" line="30"/>
        <source>Patient JSON (*.json);;All files (*)</source>
        <translation>Patienten-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/actions/patient_files.py" line="43"/>
        <source>…and {n} more</source>
        <translation>…und {n} weitere</translation>
    </message>
    <message>
        <location filename="../../ui/actions/patient_files.py" line="45"/>
        <location filename="../../ui/actions/patient_files.py" line="52"/>
        <location filename="../../ui/actions/patient_files.py" line="61"/>
        <source>Nothing was imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
    <message>
        <location filename="../../ui/actions/patient_files.py" line="46"/>
        <source>{file} is not a valid patient file. Nothing was changed.

{problems}</source>
        <translation>{file} ist keine gültige Patientendatei. Nichts wurde geändert.

{problems}</translation>
    </message>
    <message>
        <location filename="../../ui/actions/patient_files.py" line="88"/>
        <source>Not exported: {error}</source>
        <translation>Nicht exportiert: {error}</translation>
    </message>
    <message>
        <source>Cannot read {file}: {err}</source>
        <translation type="vanished">{file} kann nicht gelesen werden: {err}</translation>
    </message>
    <message>
        <location filename="../../ui/actions/patient_files.py" line="55"/>
        <source>A patient with MRN {mrn} is already here. Replace the whole record with the file&apos;s?</source>
        <translation>Ein Patient mit der Pat.-Nr. {mrn} ist schon vorhanden. Die ganze Akte durch die aus der Datei ersetzen?</translation>
    </message>
    <message>
        <location filename="../../ui/actions/patient_files.py" line="56"/>
        <source>Replace patient?</source>
        <translation>Patient ersetzen?</translation>
    </message>
    <message>
        <location filename="../../ui/actions/patient_files.py" line="65"/>
        <source>Imported {mrn}</source>
        <translation>{mrn} importiert</translation>
    </message>
    <message>
        <location filename="../../ui/actions/patient_files.py" line="75"/>
        <source>Export patient JSON</source>
        <translation>Patienten-JSON exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/actions/patient_files.py" line="75"/>
        <source>Patient JSON (*.json)</source>
        <translation>Patienten-JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/actions/export.py" line="34"/>
        <source>Export ward &amp;list (CSV)…</source>
        <translation>Stations&amp;liste exportieren (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/export.py" line="36"/>
        <source>Save the ward chosen on the board (or every ward) as a CSV file for a spreadsheet</source>
        <translation>Die in der Übersicht gewählte Station (oder alle Stationen) als CSV-Datei für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <location filename="../../ui/actions/export.py" line="47"/>
        <source>Export ward list</source>
        <translation>Stationsliste exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/actions/export.py" line="47"/>
        <source>CSV spreadsheet (*.csv);;All files (*)</source>
        <translation>CSV-Tabelle (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/actions/export.py" line="57"/>
        <location filename="../../ui/actions/interop.py" line="88"/>
        <location filename="../../ui/actions/patient_files.py" line="88"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/actions/export.py" line="57"/>
        <location filename="../../ui/actions/interop.py" line="88"/>
        <source>Nothing was saved.

{err}</source>
        <translation>Nichts wurde gespeichert.

{err}</translation>
    </message>
    <message>
        <location filename="../../ui/actions/export.py" line="59"/>
        <source>Ward list saved to {file} ({n} patients)</source>
        <translation>Stationsliste gespeichert in {file} ({n} Patienten)</translation>
    </message>
    <message>
        <source>Cannot write {file}: {err}</source>
        <translation type="vanished">{file} kann nicht geschrieben werden: {err}</translation>
    </message>
    <message>
        <location filename="../../ui/actions/patient_files.py" line="91"/>
        <source>Exported to {file}</source>
        <translation>Exportiert nach {file}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391"/>
        <source>Bedside {version}

{notice}

Database: {path}</source>
        <translation>Bedside {version}

{notice}

Datenbank: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>About Bedside</source>
        <translation>Über Bedside</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="52"/>
        <source>New patient</source>
        <translation>Neuer Patient</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="52"/>
        <source>Edit patient</source>
        <translation>Patient bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="53"/>
        <source>Bedside: {title}</source>
        <translation>Bedside: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="66"/>
        <source>Problems with this patient</source>
        <translation>Probleme bei diesem Patienten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="93"/>
        <source>What you typed in {form} is not saved. Close it and lose it?</source>
        <translation>Was Sie in {form} eingegeben haben, ist nicht gespeichert. Schließen und verwerfen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="104"/>
        <location filename="../../ui/patient/view.py" line="39"/>
        <location filename="../../ui/printing/severity_panel.py" line="183"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="107"/>
        <source>&amp;MRN</source>
        <translation>Pat.-&amp;Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="107"/>
        <source>Medical record number: 1-32 of A-Z a-z 0-9 - _ / .</source>
        <translation>Patientennummer: 1-32 Zeichen aus A-Z a-z 0-9 - _ / .</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="111"/>
        <source>The MRN cannot change; import the record again under a new MRN instead.</source>
        <translation>Die Pat.-Nr. kann sich nicht ändern; die Akte stattdessen unter einer neuen Pat.-Nr. neu importieren.</translation>
    </message>
    <message>
        <location filename="../../ui/access/emergency.py" line="27"/>
        <source>Bedside: emergency access</source>
        <translation>Bedside: Notfallzugang</translation>
    </message>
    <message>
        <location filename="../../ui/access/emergency.py" line="28"/>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>Emergency access</source>
        <translation>Notfallzugang</translation>
    </message>
    <message>
        <location filename="../../ui/access/emergency.py" line="31"/>
        <source>Use this only when you cannot sign in and a patient needs care now. Everything you record is marked (emergency) in the audit trail, for review.</source>
        <translation>Nur verwenden, wenn Sie sich nicht anmelden können und ein Patient jetzt versorgt werden muss. Alles, was Sie dokumentieren, wird im Audit-Trail als (Notfall) markiert und geprüft.</translation>
    </message>
    <message>
        <location filename="../../ui/access/emergency.py" line="38"/>
        <source>e.g. night cover, locked out, no account yet</source>
        <translation>z. B. Nachtdienst-Vertretung, ausgesperrt, noch kein Konto</translation>
    </message>
    <message>
        <location filename="../../ui/access/emergency.py" line="46"/>
        <source>Emergency access problem</source>
        <translation>Problem beim Notfallzugang</translation>
    </message>
    <message>
        <location filename="../../ui/access/emergency.py" line="48"/>
        <source>&amp;Start emergency access</source>
        <translation>Notfallzugang &amp;starten</translation>
    </message>
    <message>
        <location filename="../../ui/access/emergency.py" line="49"/>
        <source>Start emergency access</source>
        <translation>Notfallzugang starten</translation>
    </message>
    <message>
        <location filename="../../ui/access/emergency.py" line="50"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/access/emergency.py" line="54"/>
        <location filename="../../ui/access/sign_in.py" line="229"/>
        <location filename="../../ui/dialogs/patient_dialog.py" line="112"/>
        <location filename="../../ui/dialogs/users_dialog.py" line="57"/>
        <source>&amp;Name</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location filename="../../ui/access/emergency.py" line="56"/>
        <source>&amp;Reason</source>
        <translation>&amp;Begründung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="112"/>
        <source>As on the wristband, e.g. Doe, Jane</source>
        <translation>Wie auf dem Patientenarmband, z. B. Muster, Erika</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="113"/>
        <source>&amp;Birth date</source>
        <translation>&amp;Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="114"/>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="114"/>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="114"/>
        <location filename="../../ui/patient/entry_forms.py" line="409"/>
        <source>other</source>
        <translation>divers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="114"/>
        <location filename="../../ui/dialogs/patient_dialog.py" line="156"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="116"/>
        <source>Se&amp;x</source>
        <translation>Ge&amp;schlecht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="117"/>
        <source>&amp;Weight (kg)</source>
        <translation>Ge&amp;wicht (kg)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="117"/>
        <source>Body weight in kilograms</source>
        <translation>Körpergewicht in Kilogramm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="123"/>
        <source>W&amp;ard</source>
        <translation>S&amp;tation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="123"/>
        <source>Choose a ward or type a new one</source>
        <translation>Station wählen oder eine neue eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="124"/>
        <source>B&amp;ed</source>
        <translation>&amp;Bett</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="128"/>
        <source>CAR T-cell therapy</source>
        <translation>CAR-T-Zell-Therapie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="130"/>
        <source>choose the product…</source>
        <translation>Produkt wählen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="132"/>
        <source>&amp;Product</source>
        <translation>&amp;Produkt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="133"/>
        <source>In&amp;dication</source>
        <translation>In&amp;dikation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="133"/>
        <source>e.g. DLBCL</source>
        <translation>z. B. DLBCL</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="134"/>
        <source>Apheres&amp;is date</source>
        <translation>&amp;Apheresedatum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="135"/>
        <source>&amp;LD start</source>
        <translation>&amp;LD-Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="135"/>
        <source>First day of lymphodepletion</source>
        <translation>Erster Tag der Lymphodepletion</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="136"/>
        <source>LD end</source>
        <translation>LD-Ende</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="136"/>
        <source>Last day of lymphodepletion</source>
        <translation>Letzter Tag der Lymphodepletion</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="140"/>
        <source>In&amp;fusion date(s)</source>
        <translation>In&amp;fusionsdatum/-daten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="141"/>
        <source>Day 0 is the first infusion; a split dose lists both, separated by a comma</source>
        <translation>Tag 0 ist die erste Infusion; bei geteilter Dosis beide Daten, durch Komma getrennt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="147"/>
        <source>Serology</source>
        <translation>Serologie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="150"/>
        <source>CMV IgG</source>
        <translation>CMV-IgG</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="151"/>
        <source>HBsAg</source>
        <translation>HBsAg</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="152"/>
        <source>anti-HBc</source>
        <translation>Anti-HBc</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="153"/>
        <source>HBV DNA</source>
        <translation>HBV-DNA</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="155"/>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="155"/>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="162"/>
        <source>History</source>
        <translation>Vorgeschichte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="164"/>
        <source>Prior HCT</source>
        <translation>Frühere HSZT</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="164"/>
        <source>e.g. autologous 2023-05-01; allogeneic</source>
        <translation>z. B. autologous 2023-05-01; allogeneic</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="165"/>
        <source>Each transplant: autologous or allogeneic, then its date if known; separate them with ;</source>
        <translation>Jede Transplantation: autologous oder allogeneic (so eingeben), dann ihr Datum, falls bekannt; mit ; trennen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="166"/>
        <source>Prior &amp;HCT</source>
        <translation>Frühere &amp;HSZT</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="168"/>
        <source>Prior invasive fun&amp;gal infection</source>
        <translation>Frühere invasive Pil&amp;zinfektion</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="169"/>
        <source>Prior invasive m&amp;old infection</source>
        <translation>Frühere invasive Schimmelp&amp;ilzinfektion</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="170"/>
        <source>B&amp;ridging therapy</source>
        <translation>B&amp;ridging-Therapie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="175"/>
        <source>Exposure risks</source>
        <translation>Expositionsrisiken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="175"/>
        <source>e.g. tuberculosis; strongyloides</source>
        <translation>z. B. Tuberkulose; Strongyloides</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="176"/>
        <source>Exposure ris&amp;ks</source>
        <translation>E&amp;xpositionsrisiken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="176"/>
        <source>Separate risks with ;</source>
        <translation>Risiken mit ; trennen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="180"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="188"/>
        <source>keep {id} version {version}</source>
        <translation>{id} Version {version} beibehalten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="193"/>
        <source>Pro&amp;tocol</source>
        <translation>Pr&amp;otokoll</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="193"/>
        <source>The patient&apos;s checklist follows this version</source>
        <translation>Die Checkliste des Patienten folgt dieser Version</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="196"/>
        <source>Pinned: {id} version {version}</source>
        <translation>Festgelegt: {id} Version {version}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="198"/>
        <source>Pinned protocol</source>
        <translation>Festgelegtes Protokoll</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="200"/>
        <source>Reason for mo&amp;ving</source>
        <translation>Grund der &amp;Umstellung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="200"/>
        <source>Recorded in the history</source>
        <translation>Wird im Verlauf dokumentiert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="205"/>
        <source>Only an admin can move a patient to another protocol</source>
        <translation>Nur ein Admin kann einen Patienten auf ein anderes Protokoll umstellen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="269"/>
        <source>list at least one, or choose &quot;none&quot;</source>
        <translation>mindestens einen Eintrag angeben oder „keine“ wählen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="271"/>
        <source>is after today: a birth date cannot be in the future</source>
        <translation>liegt nach heute: ein Geburtsdatum kann nicht in der Zukunft liegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="275"/>
        <source>moving a patient to another protocol needs a reason</source>
        <translation>die Umstellung auf ein anderes Protokoll braucht eine Begründung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patient_dialog.py" line="290"/>
        <source>a patient with this MRN is already here: use Edit patient</source>
        <translation>ein Patient mit dieser Pat.-Nr. ist schon vorhanden: Patient bearbeiten verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/patient/fields.py" line="34"/>
        <source>{name}: recorded?</source>
        <translation>{name}: dokumentiert?</translation>
    </message>
    <message>
        <location filename="../../ui/patient/fields.py" line="35"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/patient/fields.py" line="35"/>
        <source>yes:</source>
        <translation>ja:</translation>
    </message>
    <message>
        <location filename="../../ui/patient/fields.py" line="91"/>
        <source>{field}: problem</source>
        <translation>{field}: Problem</translation>
    </message>
    <message>
        <location filename="../../ui/patient/fields.py" line="103"/>
        <source>A date as YYYY-MM-DD; leave empty if not known</source>
        <translation>Ein Datum als JJJJ-MM-TT; leer lassen, wenn unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/patient/view.py" line="43"/>
        <source>Patient details</source>
        <translation>Patientendaten</translation>
    </message>
    <message>
        <location filename="../../ui/patient/view.py" line="45"/>
        <source>← Ward board</source>
        <translation>← Stationsübersicht</translation>
    </message>
    <message>
        <location filename="../../ui/patient/view.py" line="46"/>
        <source>Back to the ward board</source>
        <translation>Zurück zur Stationsübersicht</translation>
    </message>
    <message>
        <location filename="../../ui/patient/view.py" line="47"/>
        <source>Back to the ward board (Alt+Left)</source>
        <translation>Zurück zur Stationsübersicht (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../../ui/patient/view.py" line="58"/>
        <source>Patient record</source>
        <translation>Patientenakte</translation>
    </message>
    <message>
        <location filename="../../ui/patient/view.py" line="59"/>
        <source>&amp;Checklist</source>
        <translation>&amp;Checkliste</translation>
    </message>
    <message>
        <location filename="../../ui/patient/view.py" line="60"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../ui/patient/view.py" line="61"/>
        <source>&amp;Labs and events</source>
        <translation>&amp;Labor und Ereignisse</translation>
    </message>
    <message>
        <location filename="../../ui/patient/view.py" line="62"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/patient/view.py" line="68"/>
        <source>Febrile neutropenia alert</source>
        <translation>Alarm febrile Neutropenie</translation>
    </message>
    <message>
        <location filename="../../ui/patient/view.py" line="116"/>
        <source>!! FEBRILE NEUTROPENIA: {reading}. {since}: {antibiotics}. Open until the bundle is ticked.</source>
        <translation>!! FEBRILE NEUTROPENIE: {reading}. {since}: {antibiotics}. Offen, bis das Bündel abgehakt ist.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printable.py" line="174"/>
        <source>Follow-up plan, {day}</source>
        <translation>Nachsorgeplan, {day}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printable.py" line="176"/>
        <source>Patient handover, {day}</source>
        <translation>Patientenübergabe, {day}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printable.py" line="178"/>
        <source>all wards</source>
        <translation>alle Stationen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printable.py" line="179"/>
        <source>Ward list, {ward}, {day}</source>
        <translation>Stationsliste, {ward}, {day}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printable.py" line="181"/>
        <source>Ward handover, all wards, {day}</source>
        <translation>Stationsübergabe, alle Stationen, {day}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printable.py" line="182"/>
        <source>Ward handover, {ward}, {day}</source>
        <translation>Stationsübergabe, {ward}, {day}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/actions.py" line="52"/>
        <source>Print ward li&amp;st…</source>
        <translation>Stationsliste &amp;drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/actions.py" line="53"/>
        <source>Preview and print the compact ward list: one row per patient</source>
        <translation>Vorschau und Druck der kompakten Stationsliste: eine Zeile pro Patient</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation type="vanished">die Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../../ui/printing/actions.py" line="48"/>
        <source>&amp;Print ward handover…</source>
        <translation>Stations&amp;übergabe drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/actions.py" line="50"/>
        <source>Print p&amp;atient handover…</source>
        <translation>P&amp;atientenübergabe drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/actions.py" line="51"/>
        <source>Preview and print the I-PASS handover of the open or selected patient</source>
        <translation>I-PASS-Übergabe des geöffneten oder markierten Patienten ansehen und drucken</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="141"/>
        <location filename="../../ui/board/follow_up.py" line="40"/>
        <location filename="../../ui/printing/actions.py" line="55"/>
        <source>Print &amp;follow-up plan…</source>
        <translation>Nachs&amp;orgeplan drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/actions.py" line="56"/>
        <source>Preview and print the patient&apos;s own follow-up plan, in large type</source>
        <translation>Den Nachsorgeplan für den Patienten selbst in großer Schrift ansehen und drucken</translation>
    </message>
    <message>
        <location filename="../../ui/printing/actions.py" line="81"/>
        <source>&amp;Print ward handover: all wards…</source>
        <translation>Stations&amp;übergabe drucken: alle Stationen…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/actions.py" line="82"/>
        <source>Preview and print the I-PASS handover of every active patient, all wards</source>
        <translation>I-PASS-Übergabe aller aktiven Patienten aller Stationen ansehen und drucken</translation>
    </message>
    <message>
        <location filename="../../ui/printing/actions.py" line="84"/>
        <source>&amp;Print ward handover: {ward}…</source>
        <translation>Stations&amp;übergabe drucken: {ward}…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/actions.py" line="85"/>
        <source>Preview and print the I-PASS handover of every active patient on ward {ward}</source>
        <translation>I-PASS-Übergabe aller aktiven Patienten der Station {ward} ansehen und drucken</translation>
    </message>
    <message>
        <location filename="../../ui/printing/actions.py" line="125"/>
        <source>Nothing to print</source>
        <translation>Nichts zu drucken</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="113"/>
        <source>Bedside: sign in</source>
        <translation>Bedside: Anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="114"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="119"/>
        <source>Type your name or initials</source>
        <translation>Namen oder Kürzel eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="120"/>
        <source>Find your name</source>
        <translation>Eigenen Namen suchen</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="66"/>
        <source>Could not sign in: {problem}</source>
        <translation>Anmeldung nicht möglich: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="68"/>
        <source>Too many wrong PINs. Try again in {s} seconds.</source>
        <translation>Zu viele falsche PINs. In {s} Sekunden erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="71"/>
        <source>Locked after too many wrong PINs. An admin can unlock it (Admin &gt; Users and settings); in an emergency use Emergency access.</source>
        <translation>Nach zu vielen falschen PINs gesperrt. Ein Admin kann entsperren (Admin &gt; Benutzer und Einstellungen); im Notfall den Notfallzugang verwenden.</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="74"/>
        <source>That name and PIN do not match.</source>
        <translation>Name und PIN passen nicht zusammen.</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="76"/>
        <source>Wait {s} seconds before the next try.</source>
        <translation>{s} Sekunden bis zum nächsten Versuch warten.</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="121"/>
        <source>Type to narrow the list; Enter moves to the PIN</source>
        <translation>Tippen grenzt die Liste ein; Enter springt zur PIN</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="127"/>
        <source>Users on this workstation</source>
        <translation>Benutzer an diesem Arbeitsplatz</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="131"/>
        <source>Your PIN</source>
        <translation>Ihre PIN</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="135"/>
        <source>Your new PIN again</source>
        <translation>Ihre neue PIN noch einmal</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="137"/>
        <location filename="../../ui/dialogs/users_dialog.py" line="61"/>
        <source>PIN &amp;again</source>
        <translation>PIN wi&amp;ederholen</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="140"/>
        <source>Sign-in problem</source>
        <translation>Problem bei der Anmeldung</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="145"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="146"/>
        <source>Sign in as the highlighted person</source>
        <translation>Als markierte Person anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="147"/>
        <source>&amp;Emergency access…</source>
        <translation>&amp;Notfallzugang…</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="148"/>
        <source>Work without a PIN, with a reason; every action is flagged for review</source>
        <translation>Ohne PIN arbeiten, mit Begründung; jede Aktion wird zur Prüfung markiert</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="158"/>
        <source>&amp;Who are you?</source>
        <translation>&amp;Wer sind Sie?</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="173"/>
        <source>Not in the list? An admin adds users (Admin &gt; Users and settings). In an emergency, use Emergency access.</source>
        <translation>Nicht in der Liste? Ein Admin legt Benutzer an (Admin &gt; Benutzer und Einstellungen). Im Notfall den Notfallzugang verwenden.</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="178"/>
        <source>How to get a user</source>
        <translation>Wie man ein Benutzerkonto bekommt</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="179"/>
        <source>Opening the ward&apos;s database…</source>
        <translation>Die Datenbank der Station wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="180"/>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="206"/>
        <source>First user on this workstation: add yourself (you become its admin)</source>
        <translation>Erster Benutzer an diesem Arbeitsplatz: sich selbst hinzufügen (Sie werden Admin)</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="214"/>
        <source>Choose a PIN</source>
        <translation>PIN wählen</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="214"/>
        <source>The same PIN again</source>
        <translation>Dieselbe PIN noch einmal</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="215"/>
        <source>4-12 digits; not one digit repeated, not a run like 1234</source>
        <translation>4-12 Ziffern; nicht eine Ziffer wiederholt, keine Folge wie 1234</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="217"/>
        <source>Name problem</source>
        <translation>Problem mit dem Namen</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="217"/>
        <source>Initials problem</source>
        <translation>Problem mit dem Kürzel</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="218"/>
        <source>PIN problem</source>
        <translation>Problem mit der PIN</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="233"/>
        <source>P&amp;IN</source>
        <translation>P&amp;IN</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="234"/>
        <source>PIN a&amp;gain</source>
        <translation>PIN wi&amp;ederholen</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="238"/>
        <source>Use the ward se&amp;rver instead…</source>
        <translation>Stattdessen den Stationsse&amp;rver nutzen…</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="240"/>
        <source>This workstation shares the ward&apos;s database on a server</source>
        <translation>Dieser Arbeitsplatz teilt die Datenbank der Station auf einem Server</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="277"/>
        <location filename="../../ui/dialogs/users_dialog.py" line="120"/>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="315"/>
        <source>Choose a &amp;PIN</source>
        <translation>&amp;PIN wählen</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="344"/>
        <location filename="../../ui/access/sign_in.py" line="361"/>
        <source>Choose your name from the list.</source>
        <translation>Eigenen Namen aus der Liste wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="366"/>
        <source>Type your PIN.</source>
        <translation>PIN eingeben.</translation>
    </message>
    <message>
        <location filename="../../ui/access/emergency.py" line="39"/>
        <location filename="../../ui/access/sign_in.py" line="208"/>
        <source>Your full name</source>
        <translation>Ihr vollständiger Name</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="209"/>
        <source>e.g. Ann Berg</source>
        <translation>z. B. Anna Berg</translation>
    </message>
    <message>
        <location filename="../../ui/access/emergency.py" line="39"/>
        <location filename="../../ui/access/sign_in.py" line="211"/>
        <source>Your initials</source>
        <translation>Ihr Kürzel</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="212"/>
        <source>1-5 letters or digits, unique on this workstation; shown beside every tick</source>
        <translation>1-5 Buchstaben oder Ziffern, eindeutig an diesem Arbeitsplatz; steht neben jedem Haken</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="222"/>
        <source>&amp;Add me and sign in</source>
        <translation>Mich &amp;hinzufügen und anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/access/sign_in.py" line="223"/>
        <source>Add me and sign in</source>
        <translation>Mich hinzufügen und anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/access/emergency.py" line="55"/>
        <location filename="../../ui/access/sign_in.py" line="231"/>
        <location filename="../../ui/dialogs/users_dialog.py" line="58"/>
        <source>&amp;Initials</source>
        <translation>&amp;Kürzel</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_canvas.py" line="60"/>
        <source>stop review</source>
        <translation>Absetzen prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_canvas.py" line="67"/>
        <source>Fever</source>
        <translation>Fieber</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_canvas.py" line="67"/>
        <source>Steroids</source>
        <translation>Steroide</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_canvas.py" line="67"/>
        <source>Tocilizumab</source>
        <translation>Tocilizumab</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_canvas.py" line="67"/>
        <source>IVIG</source>
        <translation>IVIG</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_canvas.py" line="68"/>
        <source>Vaccinations</source>
        <translation>Impfungen</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_canvas.py" line="68"/>
        <source>Infections</source>
        <translation>Infektionen</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_canvas.py" line="108"/>
        <source>Course timeline</source>
        <translation>Verlauf als Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_canvas.py" line="122"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_canvas.py" line="122"/>
        <source>Events: none recorded</source>
        <translation>Ereignisse: keine dokumentiert</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_canvas.py" line="279"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_canvas.py" line="364"/>
        <source>nothing listed</source>
        <translation>nichts aufgeführt</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_canvas.py" line="365"/>
        <source>Day {day:+d}, {date}: {items}</source>
        <translation>Tag {day:+d}, {date}: {items}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_canvas.py" line="391"/>
        <location filename="../../ui/patient/trend_chart.py" line="132"/>
        <source>day {n:+d}</source>
        <translation>Tag {n:+d}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_canvas.py" line="393"/>
        <source>Click to open this day&apos;s checklist</source>
        <translation>Klicken öffnet die Checkliste dieses Tages</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_canvas.py" line="400"/>
        <source>{item}: not listed</source>
        <translation>{item}: nicht aufgeführt</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_canvas.py" line="402"/>
        <source>{status} from {first} to {last} (day {a:+d} to {b:+d})</source>
        <translation>{status} vom {first} bis {last} (Tag {a:+d} bis {b:+d})</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_canvas.py" line="409"/>
        <source>after today: planned, if nothing new is recorded</source>
        <translation>nach heute: geplant, falls nichts Neues dokumentiert wird</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_canvas.py" line="421"/>
        <source>after today</source>
        <translation>nach heute</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_canvas.py" line="421"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_canvas.py" line="422"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_tab.py" line="42"/>
        <source>Course timeline, scrollable</source>
        <translation>Zeitleiste des Verlaufs, scrollbar</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_tab.py" line="45"/>
        <source>Zoom out: more days (Ctrl+−, Ctrl+wheel)</source>
        <translation>Verkleinern: mehr Tage (Strg+−, Strg+Mausrad)</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_tab.py" line="47"/>
        <source>Zoom in: wider days (Ctrl++, Ctrl+wheel)</source>
        <translation>Vergrößern: breitere Tage (Strg++, Strg+Mausrad)</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_tab.py" line="50"/>
        <source>Scroll to today</source>
        <translation>Zu heute scrollen</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_tab.py" line="50"/>
        <source>Scroll to today and put the day cursor on it</source>
        <translation>Zu heute scrollen und den Tagescursor darauf setzen</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_tab.py" line="55"/>
        <source>Day under the cursor</source>
        <translation>Tag unter dem Cursor</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_tab.py" line="62"/>
        <source>Click a day, or use ←/→ and Enter, to open its checklist</source>
        <translation>Einen Tag anklicken oder ←/→ und Enter verwenden, um seine Checkliste zu öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/patient/timeline_tab.py" line="63"/>
        <source>How to open a day</source>
        <translation>Wie ein Tag geöffnet wird</translation>
    </message>
    <message>
        <location filename="../../ui/patient/trend_chart.py" line="45"/>
        <source>{test} trend</source>
        <translation>Verlauf {test}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/trend_chart.py" line="48"/>
        <source>{date} (day {day:+d}): {value:g} {unit}</source>
        <translation>{date} (Tag {day:+d}): {value:g} {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/trend_chart.py" line="52"/>
        <source>No results yet.</source>
        <translation>Noch keine Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/trend_chart.py" line="54"/>
        <source>Protocol threshold {value:g} {unit} ({comparisons}): {items}</source>
        <translation>Protokoll-Schwellenwert {value:g} {unit} ({comparisons}): {items}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/trend_chart.py" line="61"/>
        <source>The protocol sets no threshold on {test}.</source>
        <translation>Das Protokoll legt für {test} keinen Schwellenwert fest.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/trend_chart.py" line="93"/>
        <source>No results yet</source>
        <translation>Noch keine Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../ui/actions/audit_check.py" line="24"/>
        <source>The audit trail is intact: {n} events, newest {head}.</source>
        <translation>Der Audit-Trail ist unversehrt: {n} Ereignisse, neuestes {head}.</translation>
    </message>
    <message>
        <location filename="../../ui/actions/audit_check.py" line="28"/>
        <source>The audit trail was changed outside Bedside.

First bad row: #{seq}: {problem}.
Rows up to #{good} ({head}) are intact; printed sheets show the head they were printed with.

Keep this database and the ward&apos;s printouts as they are, and tell your admin.</source>
        <translation>Der Audit-Trail wurde außerhalb von Bedside verändert.

Erste fehlerhafte Zeile: #{seq}: {problem}.
Zeilen bis #{good} ({head}) sind unversehrt; gedruckte Blätter zeigen den Stand, mit dem sie gedruckt wurden.

Diese Datenbank und die Ausdrucke der Station unverändert lassen und den Admin informieren.</translation>
    </message>
    <message>
        <location filename="../../ui/actions/audit_check.py" line="41"/>
        <source>&amp;Check the audit trail</source>
        <translation>Audit-Trail &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/actions/audit_check.py" line="42"/>
        <source>Recompute the chain of every recorded event and name the first changed row</source>
        <translation>Die Kette aller dokumentierten Ereignisse neu berechnen und die erste veränderte Zeile nennen</translation>
    </message>
    <message>
        <location filename="../../ui/actions/audit_check.py" line="80"/>
        <source>Audit trail changed</source>
        <translation>Audit-Trail verändert</translation>
    </message>
    <message>
        <location filename="../../ui/actions/audit_check.py" line="84"/>
        <source>Checking the audit trail…</source>
        <translation>Der Audit-Trail wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/audit_check.py" line="65"/>
        <location filename="../../ui/actions/audit_check.py" line="90"/>
        <location filename="../../ui/dialogs/recovery.py" line="36"/>
        <source>Audit trail</source>
        <translation>Audit-Trail</translation>
    </message>
    <message>
        <location filename="../../ui/actions/backups.py" line="51"/>
        <source>&amp;Back up now</source>
        <translation>Jetzt si&amp;chern</translation>
    </message>
    <message>
        <location filename="../../ui/actions/backups.py" line="52"/>
        <source>Make a verified copy of the database in the backup folder</source>
        <translation>Eine geprüfte Kopie der Datenbank im Sicherungsordner anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/actions/backups.py" line="54"/>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/backups.py" line="55"/>
        <source>Replace the database with a verified backup; the current file is kept</source>
        <translation>Die Datenbank durch eine geprüfte Sicherung ersetzen; die aktuelle Datei bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../../ui/actions/backups.py" line="60"/>
        <source>Backup problem</source>
        <translation>Problem bei der Sicherung</translation>
    </message>
    <message>
        <location filename="../../ui/actions/backups.py" line="110"/>
        <source>unexpected error: {err}</source>
        <translation>unerwarteter Fehler: {err}</translation>
    </message>
    <message>
        <location filename="../../ui/actions/backups.py" line="125"/>
        <source>Backed up to {file} (audit trail {head})</source>
        <translation>Gesichert in {file} (Audit-Trail {head})</translation>
    </message>
    <message>
        <location filename="../../ui/actions/backups.py" line="129"/>
        <source>Backup failed: see File &gt; Back up now</source>
        <translation>Sicherung fehlgeschlagen: siehe Datei &gt; Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../../ui/actions/backups.py" line="135"/>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/actions/backups.py" line="136"/>
        <source>The database was not backed up:

{err}

Bedside keeps working and tries again.</source>
        <translation>Die Datenbank wurde nicht gesichert:

{err}

Bedside arbeitet weiter und versucht es erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/actions/backups.py" line="149"/>
        <source>Restoring replaces a workstation&apos;s database file. This workstation uses the ward server, which every workstation shares, so a backup is not put over it from here.

To go back to a backup: restore it on one workstation as a file, move that file into a new, empty server database (bedside move-to), and point the workstations at it (bedside server use). See docs/ward-server.md. Nothing was changed.</source>
        <translation>Eine Wiederherstellung ersetzt die Datenbankdatei eines Arbeitsplatzes. Dieser Arbeitsplatz nutzt den Stationsserver, den alle Arbeitsplätze teilen; eine Sicherung wird deshalb nicht von hier aus darübergelegt.

Zurück zu einer Sicherung: Stellen Sie sie an einem Arbeitsplatz als Datei wieder her, verschieben Sie diese Datei in eine neue, leere Serverdatenbank (bedside move-to) und stellen Sie die Arbeitsplätze auf sie um (bedside server use). Siehe docs/ward-server.md. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/actions/backups.py" line="164"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/actions/backups.py" line="166"/>
        <source>Bedside backups (bedside-*.sqlite3);;All files (*)</source>
        <translation>Bedside-Sicherungen (bedside-*.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/actions/backups.py" line="147"/>
        <location filename="../../ui/actions/backups.py" line="179"/>
        <location filename="../../ui/actions/backups.py" line="196"/>
        <location filename="../../ui/actions/backups.py" line="204"/>
        <source>Cannot restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <location filename="../../ui/actions/backups.py" line="197"/>
        <location filename="../../ui/actions/backups.py" line="205"/>
        <source>{file} cannot be restored: {problem}.
Nothing was changed.</source>
        <translation>{file} kann nicht wiederhergestellt werden: {problem}.
Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/actions/backups.py" line="211"/>
        <source>Replace the database with the backup {file} (audit trail {head})?

Everything recorded after that backup will no longer be shown. The current database file is kept aside, unchanged. Bedside must be closed on every other workstation using this database.</source>
        <translation>Die Datenbank durch die Sicherung {file} (Audit-Trail {head}) ersetzen?

Alles, was nach dieser Sicherung dokumentiert wurde, wird nicht mehr angezeigt. Die aktuelle Datenbankdatei wird unverändert beiseitegelegt. Bedside muss an allen anderen Arbeitsplätzen mit dieser Datenbank geschlossen sein.</translation>
    </message>
    <message>
        <location filename="../../ui/actions/backups.py" line="215"/>
        <source>Restore from backup?</source>
        <translation>Aus Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../ui/actions/backups.py" line="233"/>
        <source>Cannot open the database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../ui/actions/backups.py" line="240"/>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../ui/actions/backups.py" line="242"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../ui/actions/backups.py" line="244"/>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../ui/actions/backups.py" line="245"/>
        <source>Restored {file} (audit trail {head}).
The previous database is kept as {aside}.</source>
        <translation>{file} wiederhergestellt (Audit-Trail {head}).
Die bisherige Datenbank bleibt als {aside} erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/busy_notice.py" line="29"/>
        <source>Another workstation is saving; retrying…</source>
        <translation>Ein anderer Arbeitsplatz speichert gerade; neuer Versuch…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery.py" line="36"/>
        <source>Taken</source>
        <translation>Abgenommen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery.py" line="36"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery.py" line="36"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery.py" line="54"/>
        <source>Bedside: the database is damaged</source>
        <translation>Bedside: die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery.py" line="57"/>
        <source>Bedside cannot open the database
{file}

SQLite&apos;s check found damage: {detail}

Nothing has been written to this file. Restoring a backup keeps the damaged file aside under a new name, unchanged, so it can still be examined. Everything recorded after the backup was taken will be missing: check the ward&apos;s paper records since then.</source>
        <translation>Bedside kann die Datenbank nicht öffnen
{file}

Die Prüfung von SQLite hat einen Schaden gefunden: {detail}

In diese Datei wurde nichts geschrieben. Beim Wiederherstellen einer Sicherung wird die beschädigte Datei unverändert unter neuem Namen beiseitegelegt, damit sie noch untersucht werden kann. Alles, was nach der Sicherung dokumentiert wurde, fehlt dann: die Papierdokumentation der Station seitdem prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery.py" line="71"/>
        <source>Recovery status</source>
        <translation>Status der Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery.py" line="73"/>
        <source>&amp;Restore the newest verified backup</source>
        <translation>Neueste geprüfte Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery.py" line="80"/>
        <source>Backups in {folder}, newest first:</source>
        <translation>Sicherungen in {folder}, neueste zuerst:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery.py" line="89"/>
        <source>No verified backup was found here. Quit, and ask your admin: a backup kept elsewhere can be restored with: bedside restore FILE</source>
        <translation>Hier wurde keine geprüfte Sicherung gefunden. Beenden und den Admin fragen: eine anderswo aufbewahrte Sicherung lässt sich wiederherstellen mit: bedside restore FILE</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery.py" line="95"/>
        <source>The newest verified backup was taken {when}.</source>
        <translation>Die neueste geprüfte Sicherung stammt von {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery.py" line="105"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery.py" line="109"/>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery.py" line="109"/>
        <source>does not verify: {problem}</source>
        <translation>Prüfung fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery.py" line="151"/>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery.py" line="152"/>
        <source>Restored {file} (audit trail {head}).
The damaged file is kept as {aside}.</source>
        <translation>{file} wiederhergestellt (Audit-Trail {head}).
Die beschädigte Datei bleibt als {aside} erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_form.py" line="21"/>
        <source>Site name</source>
        <translation>Name des Standorts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_form.py" line="22"/>
        <source>Shown on printed sheets</source>
        <translation>Steht auf gedruckten Blättern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_form.py" line="23"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_form.py" line="25"/>
        <source>The ward&apos;s time zone, e.g. Europe/Berlin; empty: each workstation&apos;s own. &apos;Today&apos; and tick days follow it.</source>
        <translation>Die Zeitzone der Station, z. B. Europe/Berlin; leer: die des jeweiligen Arbeitsplatzes. „Heute“ und die Tage der Haken richten sich danach.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_form.py" line="27"/>
        <source>24-hour contact for a fever</source>
        <translation>24-Stunden-Kontakt bei Fieber</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_form.py" line="28"/>
        <source>Who a patient calls with a fever, with the number, day and night; printed on the follow-up plan</source>
        <translation>Wen ein Patient bei Fieber anruft, mit Nummer, Tag und Nacht; steht auf dem Nachsorgeplan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_form.py" line="29"/>
        <source>Lock the screen after (idle minutes)</source>
        <translation>Bildschirm sperren nach (Minuten ohne Eingabe)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_form.py" line="30"/>
        <source>1-60 minutes without input</source>
        <translation>1-60 Minuten ohne Eingabe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_form.py" line="31"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_form.py" line="33"/>
        <source>Language of the screens and printed sheets: en or de; empty: each workstation&apos;s own. Takes effect at the next start.</source>
        <translation>Sprache der Bildschirme und gedruckten Blätter: en oder de; leer: die des jeweiligen Arbeitsplatzes. Gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_form.py" line="36"/>
        <location filename="../../ui/dialogs/workstation_form.py" line="23"/>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_form.py" line="38"/>
        <location filename="../../ui/dialogs/workstation_form.py" line="25"/>
        <source>A4 or Letter; empty: the printer&apos;s default paper, else the computer&apos;s locale (Letter in the US and Canada)</source>
        <translation>A4 oder Letter; leer: das Standardpapier des Druckers, sonst das Gebietsschema des Computers (Letter in den USA und Kanada)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_form.py" line="40"/>
        <source>Lab files folder</source>
        <translation>Ordner für Labordateien</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_form.py" line="41"/>
        <source>A folder the laboratory drops result files into; the board offers each new file for import. Empty: none</source>
        <translation>Ein Ordner, in den das Labor Befunddateien legt; die Stationsübersicht bietet jede neue Datei zum Import an. Leer: keiner</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_form.py" line="42"/>
        <source>Lab file mapping</source>
        <translation>Zuordnung der Labordateien</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_form.py" line="43"/>
        <source>How the laboratory&apos;s files read: a mapping name (generic-csv, de-labor-csv, hl7v2-loinc) or a .toml file</source>
        <translation>Wie die Dateien des Labors gelesen werden: ein Zuordnungsname (generic-csv, de-labor-csv, hl7v2-loinc) oder eine .toml-Datei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_form.py" line="71"/>
        <source>Site settings (every workstation on this database)</source>
        <translation>Standorteinstellungen (alle Arbeitsplätze mit dieser Datenbank)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_form.py" line="54"/>
        <source>{setting}: problem</source>
        <translation>{setting}: Problem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_form.py" line="82"/>
        <location filename="../../ui/dialogs/settings_form.py" line="83"/>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_form.py" line="88"/>
        <source>Settings result</source>
        <translation>Ergebnis der Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_form.py" line="111"/>
        <location filename="../../ui/dialogs/workstation_form.py" line="91"/>
        <source>Saved: {names}.</source>
        <translation>Gespeichert: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_form.py" line="113"/>
        <source>Not saved: see the marked fields.</source>
        <translation>Nicht gespeichert: siehe markierte Felder.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_form.py" line="114"/>
        <location filename="../../ui/dialogs/workstation_form.py" line="91"/>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="32"/>
        <source>Stay</source>
        <translation>Aufenthalt</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="33"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="33"/>
        <source>discharged</source>
        <translation>entlassen</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="33"/>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="40"/>
        <source>&amp;Discharge patient…</source>
        <translation>Patient &amp;entlassen…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="41"/>
        <source>Take the open or selected patient off the board, with a reason</source>
        <translation>Den geöffneten oder markierten Patienten mit Begründung aus der Übersicht nehmen</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="42"/>
        <source>Arc&amp;hive patient…</source>
        <translation>Patient arc&amp;hivieren…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="43"/>
        <source>Take the open or selected patient off every list, with a reason</source>
        <translation>Den geöffneten oder markierten Patienten mit Begründung aus allen Listen nehmen</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="44"/>
        <source>Discharged and archived &amp;patients…</source>
        <translation>Entlassene und archivierte &amp;Patienten…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="45"/>
        <source>See patients who are not on the board, and readmit one</source>
        <translation>Patienten außerhalb der Übersicht ansehen und einen wieder aufnehmen</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="46"/>
        <source>&amp;Follow-up of discharged patients…</source>
        <translation>&amp;Nachsorge entlassener Patienten…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="47"/>
        <source>Discharged patients with long-term follow-up due now or soon</source>
        <translation>Entlassene Patienten, deren Langzeitnachsorge jetzt oder bald fällig ist</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="48"/>
        <source>Remove the &amp;DEMO ward…</source>
        <translation>&amp;DEMO-Station entfernen…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="49"/>
        <source>Delete every demo patient; real patients are never touched</source>
        <translation>Alle Demo-Patienten löschen; echte Patienten bleiben unberührt</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="75"/>
        <source>Nothing was changed</source>
        <translation>Nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="80"/>
        <source>{mrn} is now {stay}.</source>
        <translation>{mrn} ist jetzt {stay}.</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="87"/>
        <source>Why is {mrn} discharged? (recorded in the history)</source>
        <translation>Warum wird {mrn} entlassen? (wird im Verlauf dokumentiert)</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="88"/>
        <source>Discharge patient</source>
        <translation>Patient entlassen</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="94"/>
        <source>Why is {mrn} archived? They will be on no list. (recorded in the history)</source>
        <translation>Warum wird {mrn} archiviert? Der Patient steht dann auf keiner Liste. (wird im Verlauf dokumentiert)</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="95"/>
        <source>Archive patient</source>
        <translation>Patient archivieren</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="112"/>
        <source>Remove the DEMO ward?</source>
        <translation>DEMO-Station entfernen?</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="113"/>
        <source>Delete every demo patient (ward DEMO) and their demo data? Real patients are not touched.</source>
        <translation>Alle Demo-Patienten (Station DEMO) und ihre Demodaten löschen? Echte Patienten bleiben unberührt.</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="119"/>
        <source>Nothing was removed</source>
        <translation>Nichts wurde entfernt</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="123"/>
        <source>{n} demo patients removed.</source>
        <translation>{n} Demo-Patienten entfernt.</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="133"/>
        <source>Bedside: discharged and archived patients</source>
        <translation>Bedside: entlassene und archivierte Patienten</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="134"/>
        <source>Discharged and archived patients</source>
        <translation>Entlassene und archivierte Patienten</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="135"/>
        <source>Patients not on the board</source>
        <translation>Patienten außerhalb der Übersicht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lab_import.py" line="55"/>
        <source>Import lab results: {file}</source>
        <translation>Laborbefunde importieren: {file}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lab_import.py" line="59"/>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lab_import.py" line="60"/>
        <source>How this laboratory&apos;s files read: columns, test codes, units, dates</source>
        <translation>Wie die Dateien dieses Labors gelesen werden: Spalten, Testcodes, Einheiten, Datumsformat</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="136"/>
        <location filename="../../ui/board/follow_up.py" line="39"/>
        <location filename="../../ui/dialogs/lab_import.py" line="66"/>
        <location filename="../../ui/dialogs/users_dialog.py" line="77"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lab_import.py" line="66"/>
        <source>Outcome</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lab_import.py" line="66"/>
        <source>Where in the file</source>
        <translation>Stelle in der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lab_import.py" line="67"/>
        <source>Results in the file</source>
        <translation>Befunde in der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lab_import.py" line="69"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lab_import.py" line="72"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lab_import.py" line="76"/>
        <source>Close without saving anything</source>
        <translation>Schließen, ohne etwas zu speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lab_import.py" line="80"/>
        <source>&amp;Mapping:</source>
        <translation>&amp;Zuordnung:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lab_import.py" line="85"/>
        <source>Nothing is saved until you press Save; refused lines are never saved.</source>
        <translation>Gespeichert wird erst mit „Speichern“; abgelehnte Zeilen werden nie gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lab_import.py" line="99"/>
        <source>This file cannot be imported: {err}</source>
        <translation>Diese Datei kann nicht importiert werden: {err}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lab_import.py" line="113"/>
        <source>{ready} ready to save, {duplicate} already stored or repeated (skipped), {refused} refused.</source>
        <translation>{ready} bereit zum Speichern, {duplicate} schon gespeichert oder doppelt (übersprungen), {refused} abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lab_import.py" line="120"/>
        <source>Save {n} result(s)</source>
        <translation>{n} Befund(e) speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lab_import.py" line="129"/>
        <source>Nothing was saved: {err}</source>
        <translation>Nichts wurde gespeichert: {err}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lab_import.py" line="137"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lab_import.py" line="137"/>
        <source>skipped: duplicate</source>
        <translation>übersprungen: doppelt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lab_import.py" line="137"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="137"/>
        <source>&amp;Readmit…</source>
        <translation>&amp;Wieder aufnehmen…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="138"/>
        <source>Readmit</source>
        <translation>Wieder aufnehmen</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="142"/>
        <location filename="../../ui/board/follow_up.py" line="41"/>
        <source>Print follow-up plan</source>
        <translation>Nachsorgeplan drucken</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="143"/>
        <source>A discharged patient&apos;s own plan: vaccinations, prophylaxis, who to call</source>
        <translation>Der eigene Plan eines entlassenen Patienten: Impfungen, Prophylaxe, wen anrufen</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="172"/>
        <location filename="../../ui/board/follow_up.py" line="80"/>
        <source>Choose a patient in the list first.</source>
        <translation>Zuerst einen Patienten in der Liste wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="185"/>
        <source>Readmit patient</source>
        <translation>Patient wieder aufnehmen</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="185"/>
        <source>Why is {mrn} readmitted?</source>
        <translation>Warum wird {mrn} wieder aufgenommen?</translation>
    </message>
    <message>
        <location filename="../../ui/actions/stays.py" line="188"/>
        <source>{mrn} is back on the board.</source>
        <translation>{mrn} ist wieder in der Übersicht.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/typed_input.py" line="40"/>
        <source>&quot;{text}&quot; is not a number here: write a decimal like {example} (decimal mark &quot;{mark}&quot;)</source>
        <translation>„{text}“ ist hier keine Zahl: eine Dezimalzahl wie {example} schreiben (Dezimalzeichen „{mark}“)</translation>
    </message>
    <message>
        <location filename="../../ui/patient/typed_input.py" line="88"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../ui/patient/typed_input.py" line="98"/>
        <source>Choose {field} from a calendar</source>
        <translation>{field} aus einem Kalender wählen</translation>
    </message>
    <message>
        <location filename="../../ui/patient/typed_input.py" line="99"/>
        <source>Choose the day from a calendar</source>
        <translation>Den Tag aus einem Kalender wählen</translation>
    </message>
    <message>
        <location filename="../../ui/patient/unsaved.py" line="21"/>
        <source>New entry: </source>
        <translation>Neuer Eintrag: </translation>
    </message>
    <message>
        <location filename="../../ui/patient/unsaved.py" line="21"/>
        <source>the form</source>
        <translation>das Formular</translation>
    </message>
    <message>
        <location filename="../../ui/patient/unsaved.py" line="22"/>
        <source>What you typed in {form} for this patient is not saved. Leave it and lose it?</source>
        <translation>Was Sie in {form} für diesen Patienten eingegeben haben, ist nicht gespeichert. Verlassen und verwerfen?</translation>
    </message>
    <message>
        <location filename="../../ui/patient/unsaved.py" line="32"/>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/patient/unsaved.py" line="38"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/patient/unsaved.py" line="39"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="52"/>
        <source>Admin: may manage users, protocols and settings</source>
        <translation>Admin: darf Benutzer, Protokolle und Einstellungen verwalten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="53"/>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="53"/>
        <source>New PIN again</source>
        <translation>Neue PIN noch einmal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="55"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="38"/>
        <location filename="../../ui/dialogs/users_dialog.py" line="56"/>
        <source>Initials</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="74"/>
        <source>Bedside: users and settings</source>
        <translation>Bedside: Benutzer und Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="75"/>
        <source>Users and settings</source>
        <translation>Benutzer und Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="76"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="80"/>
        <source>&amp;Add user…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="81"/>
        <source>Set &amp;PIN…</source>
        <translation>&amp;PIN setzen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="83"/>
        <source>Make a&amp;dmin</source>
        <translation>Zum A&amp;dmin machen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="84"/>
        <source>Make &amp;staff</source>
        <translation>Zu Personal ma&amp;chen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="85"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="39"/>
        <location filename="../../ui/dialogs/users_dialog.py" line="118"/>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="38"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="38"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="38"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="39"/>
        <location filename="../../ui/dialogs/users_dialog.py" line="118"/>
        <source>staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="119"/>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="119"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="132"/>
        <source>Choose a user in the list first.</source>
        <translation>Zuerst einen Benutzer in der Liste wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="158"/>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="168"/>
        <source>Added {name}.</source>
        <translation>{name} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="174"/>
        <source>New PIN for {name}</source>
        <translation>Neue PIN für {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="180"/>
        <source>New PIN set for {name}; they can sign in with it now.</source>
        <translation>Neue PIN für {name} gesetzt; damit ist die Anmeldung jetzt möglich.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="189"/>
        <source>{name} is unlocked.</source>
        <translation>{name} ist entsperrt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="199"/>
        <source>{name} is now {role}.</source>
        <translation>{name} ist jetzt {role}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="208"/>
        <source>Remove user</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="208"/>
        <source>Why can {name} no longer sign in?</source>
        <translation>Warum kann sich {name} nicht mehr anmelden?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="215"/>
        <source>{name} can no longer sign in; their name stays in the history.</source>
        <translation>{name} kann sich nicht mehr anmelden; der Name bleibt im Verlauf.</translation>
    </message>
    <message>
        <location filename="../../ui/actions/interop.py" line="35"/>
        <source>Save the selected or open patient&apos;s course as a FHIR R4 Bundle</source>
        <translation>Den Verlauf des gewählten oder geöffneten Patienten als FHIR-R4-Bundle speichern</translation>
    </message>
    <message>
        <location filename="../../ui/actions/interop.py" line="33"/>
        <source>Expor&amp;t patient as FHIR…</source>
        <translation>Patient als &amp;FHIR exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/interop.py" line="37"/>
        <source>I&amp;mport lab results…</source>
        <translation>Laborbefunde i&amp;mportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/interop.py" line="39"/>
        <source>Read a laboratory&apos;s result file (CSV or HL7 v2); save after a preview</source>
        <translation>Befunddatei eines Labors lesen (CSV oder HL7 v2); gespeichert wird erst nach der Vorschau</translation>
    </message>
    <message>
        <location filename="../../ui/actions/interop.py" line="43"/>
        <location filename="../../ui/actions/interop.py" line="45"/>
        <location filename="../../ui/actions/interop.py" line="47"/>
        <source>New lab files</source>
        <translation>Neue Labordateien</translation>
    </message>
    <message>
        <location filename="../../ui/actions/interop.py" line="49"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/interop.py" line="51"/>
        <source>Preview the oldest new file; nothing is saved until you press Save</source>
        <translation>Vorschau der ältesten neuen Datei; gespeichert wird erst mit „Speichern“</translation>
    </message>
    <message>
        <location filename="../../ui/actions/interop.py" line="78"/>
        <source>Export patient as FHIR</source>
        <translation>Patient als FHIR exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/actions/interop.py" line="78"/>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR-JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/actions/interop.py" line="90"/>
        <source>FHIR bundle saved to {file}</source>
        <translation>FHIR-Bundle gespeichert unter {file}</translation>
    </message>
    <message>
        <location filename="../../ui/actions/interop.py" line="105"/>
        <location filename="../../ui/dialogs/lab_import.py" line="56"/>
        <source>Import lab results</source>
        <translation>Laborbefunde importieren</translation>
    </message>
    <message>
        <location filename="../../ui/actions/interop.py" line="107"/>
        <source>Lab result files (*.csv *.txt *.hl7 *.oru);;All files (*)</source>
        <translation>Laborbefund-Dateien (*.csv *.txt *.hl7 *.oru);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/actions/interop.py" line="121"/>
        <source>Saved {n} result(s) from {file} (audit event #{seq})</source>
        <translation>{n} Befund(e) aus {file} gespeichert (Audit-Eintrag #{seq})</translation>
    </message>
    <message>
        <location filename="../../ui/actions/interop.py" line="142"/>
        <source>New lab file in {folder}: {file}</source>
        <translation>Neue Labordatei in {folder}: {file}</translation>
    </message>
    <message>
        <location filename="../../ui/actions/interop.py" line="144"/>
        <source>(and {n} more)</source>
        <translation>(und {n} weitere)</translation>
    </message>
    <message>
        <location filename="../../ui/actions/file_check.py" line="50"/>
        <source>Checking the whole database file in the background…</source>
        <translation>Die ganze Datenbankdatei wird im Hintergrund geprüft…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/file_check.py" line="63"/>
        <source>The whole database file was checked: no damage ({seconds:.0f} s).</source>
        <translation>Die ganze Datenbankdatei wurde geprüft: keine Schäden ({seconds:.0f} s).</translation>
    </message>
    <message>
        <location filename="../../ui/actions/file_check.py" line="69"/>
        <source>Database file damaged</source>
        <translation>Datenbankdatei beschädigt</translation>
    </message>
    <message>
        <location filename="../../ui/actions/file_check.py" line="71"/>
        <source>The full check of the database file found damage (SQLite&apos;s check says: {problem}).

Stop entering data on this workstation and tell your admin. Close Bedside: the next start checks the whole file again and offers to restore the newest verified backup.</source>
        <translation>Die vollständige Prüfung der Datenbankdatei hat Schäden gefunden (SQLite meldet: {problem}).

Geben Sie an diesem Arbeitsplatz keine Daten mehr ein und informieren Sie Ihre Administration. Schließen Sie Bedside: Beim nächsten Start wird die ganze Datei erneut geprüft und die neueste geprüfte Sicherung zur Wiederherstellung angeboten.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="44"/>
        <source>Bedside</source>
        <translation>Bedside</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="52"/>
        <source>Every checklist item shows why it is listed, so a clinician can check it. The shipped reference profiles are not approved for local use.</source>
        <translation>Jeder Punkt der Checkliste zeigt, warum er aufgeführt ist, damit Ärztinnen und Ärzte ihn prüfen können. Die mitgelieferten Referenzprofile sind nicht für den Einsatz vor Ort freigegeben.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="247"/>
        <source>bedside: nobody signed in; closing.</source>
        <translation>bedside: niemand hat sich angemeldet; wird beendet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workstation_form.py" line="21"/>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workstation_form.py" line="22"/>
        <source>Where Print sends a sheet from this workstation; empty: the system&apos;s default printer</source>
        <translation>Wohin „Drucken“ ein Blatt von diesem Arbeitsplatz schickt; leer: der Standarddrucker des Systems</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workstation_form.py" line="27"/>
        <source>Print on both sides</source>
        <translation>Beidseitig drucken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workstation_form.py" line="28"/>
        <source>yes or no</source>
        <translation>ja oder nein</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workstation_form.py" line="38"/>
        <source>The system&apos;s default printer</source>
        <translation>Der Standarddrucker des Systems</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workstation_form.py" line="40"/>
        <source>Automatic: the printer&apos;s paper, else the locale&apos;s</source>
        <translation>Automatisch: das Papier des Druckers, sonst das des Gebietsschemas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workstation_form.py" line="46"/>
        <source>This workstation (printing)</source>
        <translation>Dieser Arbeitsplatz (Drucken)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workstation_form.py" line="62"/>
        <location filename="../../ui/dialogs/workstation_form.py" line="63"/>
        <source>Save workstation settings</source>
        <translation>Arbeitsplatz-Einstellungen speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workstation_form.py" line="68"/>
        <source>Workstation settings result</source>
        <translation>Ergebnis der Arbeitsplatz-Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/access/server_choice.py" line="36"/>
        <source>Bedside: the ward server</source>
        <translation>Bedside: der Stationsserver</translation>
    </message>
    <message>
        <location filename="../../ui/access/server_choice.py" line="39"/>
        <source>Several workstations on a ward share one database on a ward server. Type the address your admin gave you. Its password is never typed here: it comes from this computer&apos;s pgpass file or keyring.</source>
        <translation>Mehrere Arbeitsplätze einer Station teilen eine Datenbank auf einem Stationsserver. Geben Sie die Adresse ein, die Sie vom Admin erhalten haben. Das Passwort wird hier nie eingegeben: Es kommt aus der pgpass-Datei oder dem Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <location filename="../../ui/access/server_choice.py" line="47"/>
        <source>Ward server address</source>
        <translation>Adresse des Stationsservers</translation>
    </message>
    <message>
        <location filename="../../ui/access/server_choice.py" line="48"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/access/server_choice.py" line="54"/>
        <source>Ward server problem</source>
        <translation>Problem mit dem Stationsserver</translation>
    </message>
    <message>
        <location filename="../../ui/access/server_choice.py" line="56"/>
        <source>&amp;Use this ward server</source>
        <translation>Diesen Stationsserver &amp;nutzen</translation>
    </message>
    <message>
        <location filename="../../ui/access/server_choice.py" line="69"/>
        <source>A ward server&apos;s address starts with postgresql://</source>
        <translation>Die Adresse eines Stationsservers beginnt mit postgresql://</translation>
    </message>
    <message>
        <location filename="../../ui/access/server_choice.py" line="73"/>
        <source>Leave the password out of the address: Bedside never keeps one. Put it in pgpass or the keyring.</source>
        <translation>Lassen Sie das Passwort aus der Adresse weg: Bedside speichert nie eines. Legen Sie es in pgpass oder im Schlüsselbund ab.</translation>
    </message>
    <message>
        <location filename="../../ui/access/server_choice.py" line="76"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../../ui/outage.py" line="61"/>
        <location filename="../../ui/outage.py" line="293"/>
        <source>Ward server unreachable</source>
        <translation>Stationsserver nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../ui/outage.py" line="72"/>
        <source>Print handover from the &amp;downtime copy…</source>
        <translation>Übergabe aus der Ausfall&amp;kopie drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/outage.py" line="74"/>
        <source>The ward handover from this workstation&apos;s downtime copy, for when the ward server is unreachable</source>
        <translation>Die Stationsübergabe aus der Ausfallkopie dieses Arbeitsplatzes, für die Zeit, in der der Stationsserver nicht erreichbar ist</translation>
    </message>
    <message>
        <location filename="../../ui/outage.py" line="77"/>
        <source>Print paper &amp;checklist from the downtime copy…</source>
        <translation>Papiercheckli&amp;ste aus der Ausfallkopie drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/outage.py" line="79"/>
        <source>Today&apos;s items of every patient, to tick by hand while nothing can be saved</source>
        <translation>Die heutigen Aufgaben jedes Patienten, zum Abhaken von Hand, solange nichts gespeichert werden kann</translation>
    </message>
    <message>
        <location filename="../../ui/outage.py" line="131"/>
        <source>Ward server unreachable since {since} — nothing can be saved; the last data read is shown; print from the downtime copy of {copy} (File menu)</source>
        <translation>Stationsserver nicht erreichbar seit {since} — nichts kann gespeichert werden; angezeigt werden die zuletzt gelesenen Daten; drucken Sie aus der Ausfallkopie von {copy} (Menü Datei)</translation>
    </message>
    <message>
        <location filename="../../ui/outage.py" line="136"/>
        <source>Ward server unreachable since {since} — nothing can be saved; the last data read is shown; there is no downtime copy on this workstation</source>
        <translation>Stationsserver nicht erreichbar seit {since} — nichts kann gespeichert werden; angezeigt werden die zuletzt gelesenen Daten; auf diesem Arbeitsplatz gibt es keine Ausfallkopie</translation>
    </message>
    <message>
        <location filename="../../ui/outage.py" line="184"/>
        <source>Connected to the ward server again.</source>
        <translation>Wieder mit dem Stationsserver verbunden.</translation>
    </message>
    <message>
        <location filename="../../ui/outage.py" line="235"/>
        <source>The downtime copy could not be refreshed: {error}</source>
        <translation>Die Ausfallkopie konnte nicht erneuert werden: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/outage.py" line="243"/>
        <source>From the downtime copy of {time}</source>
        <translation>Aus der Ausfallkopie von {time}</translation>
    </message>
    <message>
        <location filename="../../ui/outage.py" line="266"/>
        <source>There is no downtime copy on this workstation yet.</source>
        <translation>Auf diesem Arbeitsplatz gibt es noch keine Ausfallkopie.</translation>
    </message>
    <message>
        <location filename="../../ui/outage.py" line="287"/>
        <source>The ward server is unreachable, so this patient cannot be opened. Print the handover or the paper checklist from the downtime copy (File menu).</source>
        <translation>Der Stationsserver ist nicht erreichbar, daher kann dieser Patient nicht geöffnet werden. Drucken Sie die Übergabe oder die Papiercheckliste aus der Ausfallkopie (Menü Datei).</translation>
    </message>
    <message>
        <location filename="../../ui/printing/downtime.py" line="134"/>
        <source>Paper checklist, {day}, from the downtime copy of {time}</source>
        <translation>Papiercheckliste, {day}, aus der Ausfallkopie von {time}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/downtime.py" line="137"/>
        <source>Ward handover, {day}, from the downtime copy of {time}</source>
        <translation>Stationsübergabe, {day}, aus der Ausfallkopie von {time}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Bedside</source>
        <translation type="vanished">Bedside</translation>
    </message>
    <message>
        <source>Every checklist item shows why it is listed, so a clinician can check it. The shipped reference profiles are not approved for local use.</source>
        <translation type="vanished">Jeder Checklistenpunkt zeigt, warum er aufgeführt ist, damit Ärztinnen und Ärzte ihn prüfen können. Die mitgelieferten Referenzprofile sind nicht für den lokalen Einsatz freigegeben.</translation>
    </message>
    <message>
        <source>bedside: nobody signed in; closing.</source>
        <translation type="vanished">bedside: niemand angemeldet; wird beendet.</translation>
    </message>
</context>
</TS>
