<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../../ui/board_model.py" line="122"/>
        <source>Not recorded: {dates}. Items anchored on them count from an assumed date and say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="126"/>
        <source>A suggestion from today&apos;s CRS/ICANS grades and open FN bundle; the nurse confirms it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="133"/>
        <source>!! unstable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="134"/>
        <source>! watcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="135"/>
        <location filename="../../ui/handover_preview.py" line="54"/>
        <source>stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="138"/>
        <source>(no LD date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="148"/>
        <location filename="../../ui/stay_actions.py" line="31"/>
        <source>Bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="149"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="150"/>
        <location filename="../../ui/stay_actions.py" line="31"/>
        <location filename="../../ui/users_dialog.py" line="37"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="151"/>
        <location filename="../../ui/stay_actions.py" line="31"/>
        <source>MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="152"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="153"/>
        <location filename="../../ui/timeline_canvas.py" line="280"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="154"/>
        <source>CRS / ICANS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="155"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="156"/>
        <location filename="../../ui/checklist_model.py" line="92"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="157"/>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="158"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="159"/>
        <location filename="../../ui/stay_actions.py" line="31"/>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="160"/>
        <source>Needs data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="166"/>
        <source>Days since the first infusion (day 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="167"/>
        <source>Latest recorded CRS and ICANS grades; - when none is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="168"/>
        <source>Checklist items past their window today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="169"/>
        <source>Checklist items due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="170"/>
        <source>Items waiting for a missing fact or a gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="171"/>
        <source>FN: febrile neutropenia, with the time since the fever; these patients are listed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="172"/>
        <source>Safety items that cannot be decided because a fact (a lab, a date) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="177"/>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="184"/>
        <source>fever time not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="184"/>
        <source>bundle open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="186"/>
        <source>fever at {time}, later than now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="187"/>
        <source>fever {t} ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="192"/>
        <source>!! FN, {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="196"/>
        <source>ANC not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="196"/>
        <source>ANC {anc:g} x10^9/L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="204"/>
        <source>antibiotics within 60 minutes of the fever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="206"/>
        <source>antibiotics within 60 minutes: {t} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="207"/>
        <source>antibiotics within 60 minutes: {t} past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="212"/>
        <source>Febrile neutropenia: {reading}; {since}; {antibiotics}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="31"/>
        <source>Demo data notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="35"/>
        <source>Ward filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="36"/>
        <source>Show one ward, or all wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="39"/>
        <source>Find a patient by name or MRN (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="40"/>
        <source>Find a patient by name or MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="41"/>
        <source>Type part of a name or MRN; Enter opens the highlighted patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="47"/>
        <source>Ward board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="48"/>
        <source>Enter or double-click opens the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="68"/>
        <source>&amp;Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="68"/>
        <source>Fi&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="94"/>
        <source>!! FN, fever 10 h 00 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="104"/>
        <source>DEMO: {n} demo patients (ward DEMO) are shown. They are not real patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="127"/>
        <source>All wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="50"/>
        <location filename="../../ui/timeline_canvas.py" line="57"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="51"/>
        <location filename="../../ui/timeline_canvas.py" line="55"/>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="52"/>
        <location filename="../../ui/timeline_canvas.py" line="58"/>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="53"/>
        <source>review stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="54"/>
        <location filename="../../ui/checklist_tab.py" line="49"/>
        <location filename="../../ui/timeline_canvas.py" line="61"/>
        <source>not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="55"/>
        <location filename="../../ui/checklist_tab.py" line="49"/>
        <location filename="../../ui/timeline_canvas.py" line="56"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="56"/>
        <location filename="../../ui/checklist_tab.py" line="49"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="57"/>
        <location filename="../../ui/timeline_canvas.py" line="59"/>
        <source>needs data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="64"/>
        <source>until {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="66"/>
        <source>{status} recorded {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="74"/>
        <source>Overdue from earlier days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="75"/>
        <source>Febrile neutropenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="76"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="77"/>
        <source>Prophylaxis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="78"/>
        <source>Immunoglobulin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="79"/>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="80"/>
        <location filename="../../ui/labs_tab.py" line="83"/>
        <location filename="../../ui/labs_tab.py" line="164"/>
        <source>Vaccination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="81"/>
        <source>Product label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="92"/>
        <location filename="../../ui/labs_tab.py" line="109"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="92"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="92"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="50"/>
        <source>{item} {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="65"/>
        <source>Redone: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="70"/>
        <source>undone by {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="77"/>
        <source>Undone: {what} (the tick stays in the history, voided).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/emergency.py" line="40"/>
        <location filename="../../ui/history_model.py" line="195"/>
        <location filename="../../ui/reason_dialog.py" line="34"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reason_dialog.py" line="35"/>
        <source>Why? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="96"/>
        <source>◀ Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="96"/>
        <source>Previous day (Alt+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="97"/>
        <source>Next day ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="97"/>
        <source>Next day (Alt+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="98"/>
        <location filename="../../ui/checklist_tab.py" line="287"/>
        <location filename="../../ui/timeline_tab.py" line="49"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="98"/>
        <source>Back to today (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="102"/>
        <source>Checklist date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="103"/>
        <source>Choose the day to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="107"/>
        <source>day </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="108"/>
        <source>Go to day number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="109"/>
        <source>Day after the first infusion; Enter goes there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="111"/>
        <location filename="../../ui/checklist_tab.py" line="112"/>
        <source>Show items that do not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="113"/>
        <source>Also list every item that is not due today, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="121"/>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="130"/>
        <source>Checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="155"/>
        <source>Item details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="156"/>
        <source>Show &amp;sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="158"/>
        <source>Show sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="159"/>
        <source>Show the publications this item cites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="162"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="162"/>
        <source>Mark the selected item done (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="164"/>
        <source>&amp;Not done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="164"/>
        <source>Record that it was not done, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="167"/>
        <source>Not &amp;applicable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="168"/>
        <source>Record that it does not apply to this patient, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="171"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="173"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="176"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="176"/>
        <source>Undo the last tick (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="187"/>
        <source>Checklist message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="190"/>
        <source>Day summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="289"/>
        <source>{when}, day {day:+d}: {overdue} overdue, {due} due, {blocked} blocked, {done} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="292"/>
        <source>, {n} need data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="293"/>
        <source>  ·  a future day: shown for planning, nothing can be ticked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="335"/>
        <source>No item selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="335"/>
        <source>Nothing listed for this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="341"/>
        <source>Drug and dose: {drug}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="345"/>
        <source>Recorded later: {status} by {by} at {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="349"/>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="352"/>
        <source>Sources: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="363"/>
        <source>Not done: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="363"/>
        <source>Not applicable: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="374"/>
        <source>This day is in the future: nothing can be ticked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="378"/>
        <source>{item} is {status}: there is nothing to tick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="384"/>
        <source>Refused: &quot;{status}&quot; needs a reason. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="392"/>
        <source>Saved: {item} {status} for {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="403"/>
        <location filename="../../ui/entry_forms.py" line="211"/>
        <source>Not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="76"/>
        <source>Form message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="78"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="79"/>
        <source>Save entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="80"/>
        <source>Check and save this entry (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="110"/>
        <source>Problem with {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="124"/>
        <source>(YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="187"/>
        <source>{when} is later than now ({now}). Was it typed right?

Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="190"/>
        <source>Later than now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="203"/>
        <source>Not saved: please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="206"/>
        <location filename="../../ui/handover_preview.py" line="401"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="215"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="240"/>
        <location filename="../../ui/entry_forms.py" line="292"/>
        <location filename="../../ui/entry_forms.py" line="396"/>
        <location filename="../../ui/entry_forms.py" line="426"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="240"/>
        <source>Day the sample was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="241"/>
        <location filename="../../ui/entry_forms.py" line="294"/>
        <source>T&amp;ime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="241"/>
        <source>Time of the sample, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="241"/>
        <location filename="../../ui/entry_forms.py" line="294"/>
        <source>HH:MM (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="243"/>
        <source>T&amp;est</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="243"/>
        <source>Which lab test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="244"/>
        <location filename="../../ui/entry_forms.py" line="304"/>
        <source>V&amp;alue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="244"/>
        <source>The result as printed on the lab report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="246"/>
        <location filename="../../ui/entry_forms.py" line="306"/>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="246"/>
        <source>The unit on the lab report; only this test&apos;s units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="280"/>
        <source>Implausible value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="292"/>
        <source>Day of the observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="294"/>
        <source>Time of the reading; fever over an hour needs times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="297"/>
        <location filename="../../ui/labs_tab.py" line="59"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="298"/>
        <source>CRS grade (0-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="299"/>
        <source>ICANS grade (0-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="300"/>
        <source>ICE score (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="301"/>
        <source>Mucositis grade (0-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="303"/>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="303"/>
        <source>Temperature, a grade or the ICE score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="304"/>
        <source>The reading, or the grade as a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="306"/>
        <source>Temperature unit as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="331"/>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="331"/>
        <source>Kind of treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="332"/>
        <source>Dru&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="332"/>
        <source>Drug name, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="332"/>
        <source>e.g. dexamethasone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="333"/>
        <source>&amp;One day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="334"/>
        <source>A co&amp;urse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="335"/>
        <source>Given on one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="335"/>
        <source>Given from a start day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="345"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="345"/>
        <source>On one day, or as a course with a start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="346"/>
        <source>D&amp;ate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="346"/>
        <source>Day it was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="347"/>
        <source>Sta&amp;rt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="347"/>
        <source>First day of the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="348"/>
        <source>&amp;End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="348"/>
        <source>Last day of the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="349"/>
        <source>O&amp;ngoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="349"/>
        <source>still given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="349"/>
        <source>No end day yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="350"/>
        <source>&amp;Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="350"/>
        <source>Dose as a number, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="351"/>
        <source>Dose un&amp;it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="351"/>
        <source>e.g. mg/day or g/kg, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="352"/>
        <source>CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="352"/>
        <source>ICANS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="353"/>
        <source>IEC-HS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="353"/>
        <source>something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="354"/>
        <source>What it was given for: steroid rules count courses for CRS, ICANS or IEC-HS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="355"/>
        <source>Gi&amp;ven for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="396"/>
        <source>Day the infection was diagnosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="397"/>
        <source>S&amp;ite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="397"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="398"/>
        <source>&amp;Pathogen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="398"/>
        <source>Organism, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="352"/>
        <location filename="../../ui/entry_forms.py" line="399"/>
        <location filename="../../ui/entry_forms.py" line="401"/>
        <location filename="../../ui/patient_dialog.py" line="114"/>
        <location filename="../../ui/patient_dialog.py" line="154"/>
        <location filename="../../ui/patient_dialog.py" line="171"/>
        <location filename="../../ui/patient_fields.py" line="35"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="271"/>
        <source>{test} {value} {unit} is outside the plausible range {low} to {high} {unit}. Is the unit right?

Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="399"/>
        <location filename="../../ui/patient_dialog.py" line="171"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="399"/>
        <location filename="../../ui/patient_dialog.py" line="171"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="400"/>
        <source>Se&amp;rious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="400"/>
        <source>Was it a serious infection?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="401"/>
        <source>HSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="401"/>
        <source>VZV (shingles, chickenpox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="402"/>
        <source>CMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="402"/>
        <source>PJP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="402"/>
        <source>bacterial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="402"/>
        <source>yeast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="403"/>
        <source>mould</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="403"/>
        <source>respiratory virus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="404"/>
        <source>Kind of pathogen: an HSV or VZV episode extends HSV/VZV prophylaxis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="405"/>
        <source>Pathogen gro&amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="426"/>
        <source>Day the vaccine was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="428"/>
        <source>Vacc&amp;ine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="428"/>
        <source>Which vaccine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="54"/>
        <source>watcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="54"/>
        <source>unstable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="66"/>
        <source>Print preview: {document}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="67"/>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="77"/>
        <source>The sheet as it will print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="78"/>
        <source>Page Up and Page Down move through the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="84"/>
        <source>Characters that cannot be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="88"/>
        <source>Print status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="112"/>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="114"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="115"/>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="118"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="119"/>
        <source>How large the page is shown (Ctrl+plus, Ctrl+minus); printing is not affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="121"/>
        <source>&amp;Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="123"/>
        <location filename="../../ui/timeline_tab.py" line="44"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="123"/>
        <source>Smaller (Ctrl+minus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="124"/>
        <location filename="../../ui/timeline_tab.py" line="46"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="124"/>
        <source>Larger (Ctrl+plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="141"/>
        <source>Illness severity (I-PASS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="142"/>
        <source>Illness severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="145"/>
        <source>Bedside suggests a level from the latest CRS and ICANS grades and an open febrile-neutropenia bundle. Choose another level to print it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="153"/>
        <source>Patients on this sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="186"/>
        <source>{level} (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="189"/>
        <source>Illness severity for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="191"/>
        <source>Bedside suggests {level}: {reasons}. The sheet prints the level chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="201"/>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="202"/>
        <source>Print on this workstation&apos;s default printer; without one, choose a printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="203"/>
        <location filename="../../ui/handover_preview.py" line="367"/>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="206"/>
        <source>&amp;Choose printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="207"/>
        <source>Choose a printer and the pages in the system print dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="208"/>
        <source>Choose printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="211"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="212"/>
        <source>Save the sheet as a PDF file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="213"/>
        <location filename="../../ui/handover_preview.py" line="398"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="217"/>
        <source>Close the preview without printing (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="218"/>
        <location filename="../../ui/stay_actions.py" line="136"/>
        <location filename="../../ui/users_dialog.py" line="95"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="259"/>
        <source>…and {n} more (hover to see all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="260"/>
        <source>Some characters are not in the printing font. The sheet shows them as [U+…] codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="272"/>
        <source>Page {page} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="299"/>
        <source>The severity was not kept: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="317"/>
        <source>This sheet cannot be made now: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="321"/>
        <source>Made again with the latest data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="354"/>
        <source>({printer})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="372"/>
        <source>Not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="385"/>
        <source>Nothing was printed: the printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="389"/>
        <source>Sent {n} page(s) to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="398"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="409"/>
        <source>Not saved: cannot write {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="413"/>
        <source>Saved {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="423"/>
        <source>Bed {bed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="423"/>
        <source>No bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="27"/>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="28"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="29"/>
        <source>Entries (labs, observations, treatments, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="30"/>
        <source>Patient changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="31"/>
        <source>Voids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="71"/>
        <location filename="../../ui/labs_tab.py" line="69"/>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="79"/>
        <source>{item} {status} for {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="87"/>
        <source>ticked {item} done for {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="88"/>
        <source>marked {item} not done for {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="89"/>
        <source>marked {item} not applicable for {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="91"/>
        <source>recorded {item} for {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="113"/>
        <source>voided {entity} #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="118"/>
        <source>added {entity} #{id}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="122"/>
        <source>added the patient (record imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="124"/>
        <source>replaced the whole patient record from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="126"/>
        <source>changed {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="129"/>
        <source>moved to protocol {new} (from {old}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="135"/>
        <source>the handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="135"/>
        <source>the follow-up plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="136"/>
        <source>to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="136"/>
        <source>on a printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="137"/>
        <source>printed {sheet} ({pages} pages) {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="145"/>
        <source>#{seq} {action} by {actor} on {workstation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="147"/>
        <source>before: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="149"/>
        <source>after: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="195"/>
        <source>When (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="195"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="195"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="208"/>
        <source>Stored as {utc} (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="223"/>
        <source>{text} [voided]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="41"/>
        <source>Show which changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="42"/>
        <source>Show all changes, or only checks, entries, patient changes or voids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="48"/>
        <location filename="../../ui/history_tab.py" line="49"/>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="50"/>
        <source>Shows only changes whose words contain this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="53"/>
        <source>V&amp;oid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="54"/>
        <location filename="../../ui/labs_tab.py" line="204"/>
        <source>Void the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="57"/>
        <source>Void a mistaken lab, observation, treatment, infection, vaccination or tick (Delete). It stays in the record, marked void, with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="64"/>
        <source>Patient history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="75"/>
        <source>History message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="78"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="139"/>
        <source>Void {entity} #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="140"/>
        <source>The entry stays in the record, marked void. Why is it being voided?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="146"/>
        <source>Select a lab, observation, treatment, infection, vaccination or tick to void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="155"/>
        <source>Not voided: a reason is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="160"/>
        <source>Not voided: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="162"/>
        <source>Voided: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="56"/>
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="60"/>
        <location filename="../../ui/timeline_canvas.py" line="67"/>
        <source>CRS grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="61"/>
        <location filename="../../ui/timeline_canvas.py" line="67"/>
        <source>ICANS grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="62"/>
        <source>ICE score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="63"/>
        <source>Mucositis grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="68"/>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="73"/>
        <location filename="../../ui/labs_tab.py" line="162"/>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="75"/>
        <source>serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="75"/>
        <source>not serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="82"/>
        <location filename="../../ui/labs_tab.py" line="163"/>
        <source>Infection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="109"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="109"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="109"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="109"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="138"/>
        <source>voided: {reason} ({by}, {at} UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="290"/>
        <source>Void entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="289"/>
        <source>Void {entry}?
Why is it a mistake? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="290"/>
        <source>Reason for voiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="290"/>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="156"/>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="157"/>
        <source>Choose what to enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="160"/>
        <source>Lab result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="161"/>
        <source>Temperature or grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="167"/>
        <source>New entry: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="175"/>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="182"/>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="187"/>
        <source>Dashed red lines: thresholds used by this patient&apos;s protocol, with the item ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="189"/>
        <source>Chart legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="195"/>
        <source>Entries for this patient, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="203"/>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="205"/>
        <source>Mark the selected entry as a mistake, with a reason; it stays in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="209"/>
        <source>Entries message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="211"/>
        <source>Entries (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="276"/>
        <source>Not voided: a reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="281"/>
        <source>Not voided: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="283"/>
        <source>Voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="39"/>
        <source>Bedside is a documentation aid for locally approved protocols, not a medical device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <source>EMERGENCY ACCESS: every action is flagged for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>READ-ONLY: this database cannot be written here; nothing can be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Read-only database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>&amp;Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Bedside: loading the ward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>&amp;New patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>&amp;Edit patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Edit the selected or open patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>&amp;Import patient JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>Add a bedside-patient/1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>E&amp;xport patient JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Save the selected or open patient as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Print toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>Print ward handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>Sign in as someone else on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>&amp;Lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>Hide patient data until you unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <location filename="../../ui/recovery.py" line="76"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>&amp;Find patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>&amp;Back to the ward board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Esc or Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>&amp;Users and settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Add users, set PINs, unlock, roles, lock time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>&amp;Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>&amp;About Bedside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="37"/>
        <source>Bedside (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="83"/>
        <source>Bedside is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="85"/>
        <source>Bedside is locked. Patient data is hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="88"/>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Signed in: {name} ({initials})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="91"/>
        <source>Your PIN to unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="93"/>
        <location filename="../../ui/users_dialog.py" line="81"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="94"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="100"/>
        <source>Unlock problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="101"/>
        <source>Sign in as &amp;someone else…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="102"/>
        <source>Sign in as someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="103"/>
        <source>Forms left open by the person signed in now are closed without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="109"/>
        <location filename="../../ui/sign_in.py" line="133"/>
        <location filename="../../ui/sign_in.py" line="307"/>
        <location filename="../../ui/users_dialog.py" line="59"/>
        <source>&amp;PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="117"/>
        <source>Emergency access: sign in again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="149"/>
        <source>Type your PIN, then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>Bedside: ward board, {day} ({n} patients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_files.py" line="30"/>
        <source>Import patient JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_files.py" line="30"/>
        <source>Patient JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_files.py" line="43"/>
        <source>…and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_files.py" line="45"/>
        <location filename="../../ui/patient_files.py" line="53"/>
        <location filename="../../ui/patient_files.py" line="63"/>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_files.py" line="46"/>
        <source>{file} is not a valid patient file. Nothing was changed.

{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_files.py" line="53"/>
        <source>Cannot read {file}: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_files.py" line="57"/>
        <source>A patient with MRN {mrn} is already here. Replace the whole record with the file&apos;s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_files.py" line="58"/>
        <source>Replace patient?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_files.py" line="67"/>
        <source>Imported {mrn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_files.py" line="85"/>
        <source>Export patient JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_files.py" line="85"/>
        <source>Patient JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="33"/>
        <source>Export ward &amp;list (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="35"/>
        <source>Save the ward chosen on the board (or every ward) as a CSV file for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="46"/>
        <source>Export ward list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="46"/>
        <source>CSV spreadsheet (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="56"/>
        <location filename="../../ui/patient_files.py" line="98"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="56"/>
        <source>Nothing was saved.

{err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="58"/>
        <source>Ward list saved to {file} ({n} patients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_files.py" line="98"/>
        <source>Cannot write {file}: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_files.py" line="101"/>
        <source>Exported to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>Bedside {version}

{notice}

Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379"/>
        <source>About Bedside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="51"/>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="51"/>
        <source>Edit patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="52"/>
        <source>Bedside: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="65"/>
        <source>Problems with this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="92"/>
        <source>What you typed in {form} is not saved. Close it and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="103"/>
        <location filename="../../ui/patient_view.py" line="36"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="106"/>
        <source>&amp;MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="106"/>
        <source>Medical record number: 1-32 of A-Z a-z 0-9 - _ / .</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="110"/>
        <source>The MRN cannot change; import the record again under a new MRN instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/emergency.py" line="27"/>
        <source>Bedside: emergency access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/emergency.py" line="28"/>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>Emergency access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/emergency.py" line="31"/>
        <source>Use this only when you cannot sign in and a patient needs care now. Everything you record is marked (emergency) in the audit trail, for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/emergency.py" line="38"/>
        <source>e.g. night cover, locked out, no account yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/emergency.py" line="46"/>
        <source>Emergency access problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/emergency.py" line="48"/>
        <source>&amp;Start emergency access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/emergency.py" line="49"/>
        <source>Start emergency access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/emergency.py" line="50"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/emergency.py" line="54"/>
        <location filename="../../ui/patient_dialog.py" line="111"/>
        <location filename="../../ui/sign_in.py" line="229"/>
        <location filename="../../ui/users_dialog.py" line="56"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/emergency.py" line="56"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="111"/>
        <source>As on the wristband, e.g. Doe, Jane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="112"/>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="113"/>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="113"/>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="403"/>
        <location filename="../../ui/patient_dialog.py" line="113"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="113"/>
        <location filename="../../ui/patient_dialog.py" line="155"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="115"/>
        <source>Se&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="116"/>
        <source>&amp;Weight (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="116"/>
        <source>Body weight in kilograms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="122"/>
        <source>W&amp;ard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="122"/>
        <source>Choose a ward or type a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="123"/>
        <source>B&amp;ed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="127"/>
        <source>CAR T-cell therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="129"/>
        <source>choose the product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="131"/>
        <source>&amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="132"/>
        <source>In&amp;dication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="132"/>
        <source>e.g. DLBCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="133"/>
        <source>Apheres&amp;is date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="134"/>
        <source>&amp;LD start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="134"/>
        <source>First day of lymphodepletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="135"/>
        <source>LD end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="135"/>
        <source>Last day of lymphodepletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="139"/>
        <source>In&amp;fusion date(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="140"/>
        <source>Day 0 is the first infusion; a split dose lists both, separated by a comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="146"/>
        <source>Serology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="149"/>
        <source>CMV IgG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="150"/>
        <source>HBsAg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="151"/>
        <source>anti-HBc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="152"/>
        <source>HBV DNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="154"/>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="154"/>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="161"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="163"/>
        <source>Prior HCT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="163"/>
        <source>e.g. autologous 2023-05-01; allogeneic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="164"/>
        <source>Each transplant: autologous or allogeneic, then its date if known; separate them with ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="165"/>
        <source>Prior &amp;HCT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="167"/>
        <source>Prior invasive fun&amp;gal infection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="168"/>
        <source>Prior invasive m&amp;old infection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="169"/>
        <source>B&amp;ridging therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="174"/>
        <source>Exposure risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="174"/>
        <source>e.g. tuberculosis; strongyloides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="175"/>
        <source>Exposure ris&amp;ks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="175"/>
        <source>Separate risks with ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="179"/>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="187"/>
        <source>keep {id} version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="192"/>
        <source>Pro&amp;tocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="192"/>
        <source>The patient&apos;s checklist follows this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="195"/>
        <source>Pinned: {id} version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="197"/>
        <source>Pinned protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="199"/>
        <source>Reason for mo&amp;ving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="199"/>
        <source>Recorded in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="204"/>
        <source>Only an admin can move a patient to another protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="268"/>
        <source>list at least one, or choose &quot;none&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="270"/>
        <source>is after today: a birth date cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="274"/>
        <source>moving a patient to another protocol needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="289"/>
        <source>a patient with this MRN is already here: use Edit patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_fields.py" line="34"/>
        <source>{name}: recorded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_fields.py" line="35"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_fields.py" line="35"/>
        <source>yes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_fields.py" line="91"/>
        <source>{field}: problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_fields.py" line="103"/>
        <source>A date as YYYY-MM-DD; leave empty if not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_view.py" line="40"/>
        <source>Patient details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_view.py" line="42"/>
        <source>← Ward board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_view.py" line="43"/>
        <source>Back to the ward board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_view.py" line="44"/>
        <source>Back to the ward board (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_view.py" line="55"/>
        <source>Patient record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_view.py" line="56"/>
        <source>&amp;Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_view.py" line="57"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_view.py" line="58"/>
        <source>&amp;Labs and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_view.py" line="59"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_view.py" line="65"/>
        <source>Febrile neutropenia alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_view.py" line="113"/>
        <source>!! FEBRILE NEUTROPENIA: {reading}. {since}: {antibiotics}. Open until the bundle is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="137"/>
        <source>Follow-up plan, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="139"/>
        <source>Patient handover, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="141"/>
        <source>Ward handover, all wards, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="142"/>
        <source>Ward handover, {ward}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="209"/>
        <source>the file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="232"/>
        <source>&amp;Print ward handover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="234"/>
        <source>Print p&amp;atient handover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="235"/>
        <source>Preview and print the I-PASS handover of the open or selected patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="236"/>
        <location filename="../../ui/stay_actions.py" line="130"/>
        <source>Print &amp;follow-up plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="237"/>
        <source>Preview and print the patient&apos;s own follow-up plan, in large type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="261"/>
        <source>&amp;Print ward handover: all wards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="262"/>
        <source>Preview and print the I-PASS handover of every active patient, all wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="264"/>
        <source>&amp;Print ward handover: {ward}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="265"/>
        <source>Preview and print the I-PASS handover of every active patient on ward {ward}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="305"/>
        <source>Nothing to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="113"/>
        <source>Bedside: sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="114"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="119"/>
        <source>Type your name or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="120"/>
        <source>Find your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="66"/>
        <source>Could not sign in: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="68"/>
        <source>Too many wrong PINs. Try again in {s} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="71"/>
        <source>Locked after too many wrong PINs. An admin can unlock it (Admin &gt; Users and settings); in an emergency use Emergency access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="74"/>
        <source>That name and PIN do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="76"/>
        <source>Wait {s} seconds before the next try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="121"/>
        <source>Type to narrow the list; Enter moves to the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="127"/>
        <source>Users on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="131"/>
        <source>Your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="135"/>
        <source>Your new PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="137"/>
        <location filename="../../ui/users_dialog.py" line="60"/>
        <source>PIN &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="140"/>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="145"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="146"/>
        <source>Sign in as the highlighted person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="147"/>
        <source>&amp;Emergency access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="148"/>
        <source>Work without a PIN, with a reason; every action is flagged for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="158"/>
        <source>&amp;Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="173"/>
        <source>Not in the list? An admin adds users (Admin &gt; Users and settings). In an emergency, use Emergency access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="178"/>
        <source>How to get a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="179"/>
        <source>Opening the ward&apos;s database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="180"/>
        <source>Sign-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="206"/>
        <source>First user on this workstation: add yourself (you become its admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="214"/>
        <source>Choose a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="214"/>
        <source>The same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="215"/>
        <source>4-12 digits; not one digit repeated, not a run like 1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="217"/>
        <source>Name problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="217"/>
        <source>Initials problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="218"/>
        <source>PIN problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="233"/>
        <source>P&amp;IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="234"/>
        <source>PIN a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="269"/>
        <location filename="../../ui/users_dialog.py" line="115"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="307"/>
        <source>Choose a &amp;PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="336"/>
        <location filename="../../ui/sign_in.py" line="353"/>
        <source>Choose your name from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="358"/>
        <source>Type your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/emergency.py" line="39"/>
        <location filename="../../ui/sign_in.py" line="208"/>
        <source>Your full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="209"/>
        <source>e.g. Ann Berg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/emergency.py" line="39"/>
        <location filename="../../ui/sign_in.py" line="211"/>
        <source>Your initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="212"/>
        <source>1-5 letters or digits, unique on this workstation; shown beside every tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="222"/>
        <source>&amp;Add me and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="223"/>
        <source>Add me and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/emergency.py" line="55"/>
        <location filename="../../ui/sign_in.py" line="231"/>
        <location filename="../../ui/users_dialog.py" line="57"/>
        <source>&amp;Initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="60"/>
        <source>stop review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="67"/>
        <source>Fever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="67"/>
        <source>Steroids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="67"/>
        <source>Tocilizumab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="67"/>
        <source>IVIG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="68"/>
        <source>Vaccinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="68"/>
        <source>Infections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="108"/>
        <source>Course timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="122"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="122"/>
        <source>Events: none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="279"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="364"/>
        <source>nothing listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="365"/>
        <source>Day {day:+d}, {date}: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="391"/>
        <location filename="../../ui/trend_chart.py" line="126"/>
        <source>day {n:+d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="393"/>
        <source>Click to open this day&apos;s checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="400"/>
        <source>{item}: not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="402"/>
        <source>{status} from {first} to {last} (day {a:+d} to {b:+d})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="409"/>
        <source>after today: planned, if nothing new is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="421"/>
        <source>after today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="421"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="422"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="41"/>
        <source>Course timeline, scrollable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="44"/>
        <source>Zoom out: more days (Ctrl+−, Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="46"/>
        <source>Zoom in: wider days (Ctrl++, Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="49"/>
        <source>Scroll to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="49"/>
        <source>Scroll to today and put the day cursor on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="54"/>
        <source>Day under the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="61"/>
        <source>Click a day, or use ←/→ and Enter, to open its checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="62"/>
        <source>How to open a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trend_chart.py" line="44"/>
        <source>{test} trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trend_chart.py" line="47"/>
        <source>{date} (day {day:+d}): {value:g} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trend_chart.py" line="51"/>
        <source>No results yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trend_chart.py" line="53"/>
        <source>Protocol threshold {value:g} {unit} ({comparisons}): {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trend_chart.py" line="57"/>
        <source>The protocol sets no threshold on {test}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trend_chart.py" line="89"/>
        <source>No results yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_check.py" line="21"/>
        <source>The audit trail is intact: {n} events, newest {head}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_check.py" line="25"/>
        <source>The audit trail was changed outside Bedside.

First bad row: #{seq}: {problem}.
Rows up to #{good} ({head}) are intact; printed sheets show the head they were printed with.

Keep this database and the ward&apos;s printouts as they are, and tell your admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_check.py" line="35"/>
        <source>&amp;Check the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_check.py" line="36"/>
        <source>Recompute the chain of every recorded event and name the first changed row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_check.py" line="73"/>
        <source>Audit trail changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_check.py" line="78"/>
        <location filename="../../ui/recovery.py" line="36"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="39"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="40"/>
        <source>Make a verified copy of the database in the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="42"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="43"/>
        <source>Replace the database with a verified backup; the current file is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="48"/>
        <source>Backup problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="107"/>
        <source>unexpected error: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="113"/>
        <source>Backed up to {file} (audit trail {head})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="117"/>
        <source>Backup failed: see File &gt; Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="123"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="124"/>
        <source>The database was not backed up:

{err}

Bedside keeps working and tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="133"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="135"/>
        <source>Bedside backups (bedside-*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="145"/>
        <location filename="../../ui/backup_actions.py" line="150"/>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="151"/>
        <source>{file} cannot be restored: {problem}.
Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="157"/>
        <source>Replace the database with the backup {file} (audit trail {head})?

Everything recorded after that backup will no longer be shown. The current database file is kept aside, unchanged. Bedside must be closed on every other workstation using this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="161"/>
        <source>Restore from backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="177"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="184"/>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="186"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="188"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="189"/>
        <source>Restored {file} (audit trail {head}).
The previous database is kept as {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/busy_notice.py" line="28"/>
        <source>Another workstation is saving; retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="36"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="36"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="36"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="54"/>
        <source>Bedside: the database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="57"/>
        <source>Bedside cannot open the database
{file}

SQLite&apos;s check found damage: {detail}

Nothing has been written to this file. Restoring a backup keeps the damaged file aside under a new name, unchanged, so it can still be examined. Everything recorded after the backup was taken will be missing: check the ward&apos;s paper records since then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="71"/>
        <source>Recovery status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="73"/>
        <source>&amp;Restore the newest verified backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="80"/>
        <source>Backups in {folder}, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="89"/>
        <source>No verified backup was found here. Quit, and ask your admin: a backup kept elsewhere can be restored with: bedside restore FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="95"/>
        <source>The newest verified backup was taken {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="105"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="109"/>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="109"/>
        <source>does not verify: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="151"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="152"/>
        <source>Restored {file} (audit trail {head}).
The damaged file is kept as {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_form.py" line="20"/>
        <source>Site name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_form.py" line="21"/>
        <source>Shown on printed sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_form.py" line="22"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_form.py" line="24"/>
        <source>The ward&apos;s time zone, e.g. Europe/Berlin; empty: each workstation&apos;s own. &apos;Today&apos; and tick days follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_form.py" line="26"/>
        <source>24-hour contact for a fever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_form.py" line="27"/>
        <source>Who a patient calls with a fever, with the number, day and night; printed on the follow-up plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_form.py" line="28"/>
        <source>Lock the screen after (idle minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_form.py" line="29"/>
        <source>1-60 minutes without input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_form.py" line="37"/>
        <source>Site settings (every workstation on this database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_form.py" line="51"/>
        <source>{setting}: problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_form.py" line="62"/>
        <location filename="../../ui/settings_form.py" line="63"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_form.py" line="68"/>
        <source>Settings result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_form.py" line="91"/>
        <source>Saved: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_form.py" line="93"/>
        <source>Not saved: see the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_form.py" line="94"/>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="31"/>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="32"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="32"/>
        <source>discharged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="32"/>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="39"/>
        <source>&amp;Discharge patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="40"/>
        <source>Take the open or selected patient off the board, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="41"/>
        <source>Arc&amp;hive patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="42"/>
        <source>Take the open or selected patient off every list, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="43"/>
        <source>Discharged and archived &amp;patients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="44"/>
        <source>See patients who are not on the board, and readmit one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="45"/>
        <source>Remove the &amp;DEMO ward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="46"/>
        <source>Delete every demo patient; real patients are never touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="71"/>
        <source>Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="76"/>
        <source>{mrn} is now {stay}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="83"/>
        <source>Why is {mrn} discharged? (recorded in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="84"/>
        <source>Discharge patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="90"/>
        <source>Why is {mrn} archived? They will be on no list. (recorded in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="91"/>
        <source>Archive patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="101"/>
        <source>Remove the DEMO ward?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="102"/>
        <source>Delete every demo patient (ward DEMO) and their demo data? Real patients are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="108"/>
        <source>Nothing was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="112"/>
        <source>{n} demo patients removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="122"/>
        <source>Bedside: discharged and archived patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="123"/>
        <source>Discharged and archived patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="124"/>
        <source>Patients not on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="125"/>
        <location filename="../../ui/users_dialog.py" line="76"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="126"/>
        <source>&amp;Readmit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="127"/>
        <source>Readmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="131"/>
        <source>Print follow-up plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="132"/>
        <source>A discharged patient&apos;s own plan: vaccinations, prophylaxis, who to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="164"/>
        <source>Choose a patient in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="177"/>
        <source>Readmit patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="177"/>
        <source>Why is {mrn} readmitted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stay_actions.py" line="180"/>
        <source>{mrn} is back on the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/typed_input.py" line="40"/>
        <source>&quot;{text}&quot; is not a number here: write a decimal like {example} (decimal mark &quot;{mark}&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/typed_input.py" line="88"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/typed_input.py" line="98"/>
        <source>Choose {field} from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/typed_input.py" line="99"/>
        <source>Choose the day from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="21"/>
        <source>New entry: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="21"/>
        <source>the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="22"/>
        <source>What you typed in {form} for this patient is not saved. Leave it and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="32"/>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="38"/>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="39"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="51"/>
        <source>Admin: may manage users, protocols and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="52"/>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="52"/>
        <source>New PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="54"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="37"/>
        <location filename="../../ui/users_dialog.py" line="55"/>
        <source>Initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="73"/>
        <source>Bedside: users and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="74"/>
        <source>Users and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="75"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="79"/>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="80"/>
        <source>Set &amp;PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="82"/>
        <source>Make a&amp;dmin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="83"/>
        <source>Make &amp;staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="84"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="38"/>
        <location filename="../../ui/users_dialog.py" line="113"/>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="37"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="37"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="37"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="38"/>
        <location filename="../../ui/users_dialog.py" line="113"/>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="114"/>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="114"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="127"/>
        <source>Choose a user in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="153"/>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="164"/>
        <source>Added {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="170"/>
        <source>New PIN for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="176"/>
        <source>New PIN set for {name}; they can sign in with it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="184"/>
        <source>{name} is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="193"/>
        <source>{name} is now {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="202"/>
        <source>Remove user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="202"/>
        <source>Why can {name} no longer sign in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="209"/>
        <source>{name} can no longer sign in; their name stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="56"/>
        <source>Bedside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="64"/>
        <source>Every checklist item shows why it is listed, so a clinician can check it. The shipped reference profiles are not approved for local use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="178"/>
        <source>bedside: nobody signed in; closing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
