/**
 * Capitals: a word in capitals is shouted only when it is an ordinary English word. Brand names,
 * ports and shipping marks (`HENGDA`, `SHANGHAI`) are not in this list and stay silent, as do the
 * trade acronyms below even where they spell a word.
 */
export const ACRONYMS: ReadonlySet<string> = new Set(
  (
    'ASAP ISO PDF FOB CIF CFR CNF EXW DDP DAP DDU FCA MOQ USD RMB CNY EUR GBP JPY HKD QC QA OEM ODM HS CE FDA SGS ' +
    'BV TUV ROHS REACH DHL UPS FEDEX TNT EMS FCL LCL ETA ETD SKU LED USB HDMI NOTE ATTN TBD TBA FYI RSVP SWIFT IBAN ' +
    'AQL PO PI CI PL BL AWB CO FTA EORI VAT GST LOGO PANTONE UV PVC PET PP PE ABS HDPE LDPE EVA TPU OK'
  ).split(' '),
);

/** Ordinary words; a run of capitals containing one of four or more letters is shouting. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    'a about after again all also always am an and any are as at back be because been before being below best ' +
    'both but by call can cannot check come confirm could day days deadline delay delivery did do does done ' +
    'dont down each email every everything fast final first for free from get give good got has have he her ' +
    'here him his how i if immediately important in into is it its just know last late latest let like look ' +
    'make me more most must my need needed needs never new next no not now of off on once only or order other ' +
    'our out over paid pay payment please price problem quick quickly read really reply right same see send ' +
    'sent she should so soon sorry still stop take than thank thanks that the their them then there these they ' +
    'this those time to today tomorrow too under until up urgent urgently us very wait want warning was we ' +
    'were what when where which who why will with without wrong yes yet you your again attention asap'
  )
    .split(' ')
    .filter((w) => w !== 'asap'),
);
