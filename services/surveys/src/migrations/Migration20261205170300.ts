import { raw } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';

/**
 * Version 1 of the standard questions in the languages added with issue 13, frozen here as they
 * were written (draft translations; messages/*.json is where later reviews go, for new installs
 * through the seed). Keyed by code; EN is the wording they translate, so they are only attached
 * to a question that still has exactly that English.
 */
const V1_TRANSLATIONS: Record<string, Record<string, string>> = {
  "Q1": {
    "EN": "Do the police understand and deal with the issues that matter in your area?",
    "AR": "هل تفهم الشرطة القضايا المهمة في منطقتك وتتعامل معها؟",
    "GU": "શું પોલીસ તમારા વિસ્તારના મહત્વના મુદ્દાઓ સમજે છે અને તેનો ઉકેલ લાવે છે?",
    "PL": "Czy policja rozumie sprawy ważne dla Twojej okolicy i się nimi zajmuje?",
    "PA": "ਕੀ ਪੁਲਿਸ ਤੁਹਾਡੇ ਇਲਾਕੇ ਦੇ ਅਹਿਮ ਮਸਲਿਆਂ ਨੂੰ ਸਮਝਦੀ ਹੈ ਅਤੇ ਉਨ੍ਹਾਂ ਨਾਲ ਨਜਿੱਠਦੀ ਹੈ?",
    "SO": "Booliisku ma fahmaan oo ma wax ka qabtaan arrimaha muhiimka u ah deegaankaaga?",
    "UR": "کیا پولیس آپ کے علاقے کے اہم مسائل کو سمجھتی ہے اور ان سے نمٹتی ہے؟"
  },
  "Q2": {
    "EN": "Do you feel safe in your area?",
    "AR": "هل تشعر بالأمان في منطقتك؟",
    "GU": "શું તમે તમારા વિસ્તારમાં સુરક્ષિત અનુભવો છો?",
    "PL": "Czy czujesz się bezpiecznie w swojej okolicy?",
    "PA": "ਕੀ ਤੁਸੀਂ ਆਪਣੇ ਇਲਾਕੇ ਵਿੱਚ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ?",
    "SO": "Ma dareemaysaa ammaan deegaankaaga?",
    "UR": "کیا آپ اپنے علاقے میں محفوظ محسوس کرتے ہیں؟"
  },
  "Q3": {
    "EN": "Are you kept informed about what the police are doing in your area?",
    "AR": "هل تصلك معلومات عما تقوم به الشرطة في منطقتك؟",
    "GU": "શું પોલીસ તમારા વિસ્તારમાં શું કરી રહી છે તેની તમને જાણ કરવામાં આવે છે?",
    "PL": "Czy otrzymujesz informacje o tym, co robi policja w Twojej okolicy?",
    "PA": "ਕੀ ਤੁਹਾਨੂੰ ਦੱਸਿਆ ਜਾਂਦਾ ਹੈ ਕਿ ਪੁਲਿਸ ਤੁਹਾਡੇ ਇਲਾਕੇ ਵਿੱਚ ਕੀ ਕਰ ਰਹੀ ਹੈ?",
    "SO": "Ma lagu ogeysiiyaa waxa booliisku ka qabanayaan deegaankaaga?",
    "UR": "کیا آپ کو بتایا جاتا ہے کہ پولیس آپ کے علاقے میں کیا کر رہی ہے؟"
  },
  "Q4": {
    "EN": "Do the police do a good job in your area?",
    "AR": "هل تقوم الشرطة بعمل جيد في منطقتك؟",
    "GU": "શું પોલીસ તમારા વિસ્તારમાં સારું કામ કરે છે?",
    "PL": "Czy policja dobrze wykonuje swoją pracę w Twojej okolicy?",
    "PA": "ਕੀ ਪੁਲਿਸ ਤੁਹਾਡੇ ਇਲਾਕੇ ਵਿੱਚ ਚੰਗਾ ਕੰਮ ਕਰਦੀ ਹੈ?",
    "SO": "Booliisku ma si fiican ayay shaqadooda ugu qabtaan deegaankaaga?",
    "UR": "کیا پولیس آپ کے علاقے میں اچھا کام کرتی ہے؟"
  },
  "Q5": {
    "EN": "Do you trust your local police?",
    "AR": "هل تثق بالشرطة المحلية في منطقتك؟",
    "GU": "શું તમે તમારી સ્થાનિક પોલીસ પર વિશ્વાસ કરો છો?",
    "PL": "Czy ufasz swojej lokalnej policji?",
    "PA": "ਕੀ ਤੁਸੀਂ ਆਪਣੀ ਸਥਾਨਕ ਪੁਲਿਸ ’ਤੇ ਭਰੋਸਾ ਕਰਦੇ ਹੋ?",
    "SO": "Ma ku kalsoon tahay booliiska deegaankaaga?",
    "UR": "کیا آپ اپنی مقامی پولیس پر بھروسہ کرتے ہیں؟"
  }
};

export class Migration20261205170300 extends Migration {

  override name = 'Migration20261205170300';

  override up(): void | Promise<void> {
    // Each question's wording moves into one map by language; a question with no Welsh has no CY.
    this.addSql(`alter table "surveys"."survey_question" add "texts" jsonb null;`);
    this.addSql(`update "surveys"."survey_question" set "texts" = jsonb_strip_nulls(jsonb_build_object('EN', "text_en", 'CY', "text_cy"));`);
    for (const [code, { EN: english, ...others }] of Object.entries(V1_TRANSLATIONS)) {
      this.addSql(
        raw(
          `update "surveys"."survey_question" set "texts" = cast(? as jsonb) || "texts" where "standard" and "question_set_version" = 1 and "code" = ? and "texts"->>'EN' = ?;`,
          [JSON.stringify(others), code, english],
        ),
      );
    }
    this.addSql(`alter table "surveys"."survey_question" alter column "texts" set not null, drop column "text_cy", drop column "text_en";`);

    // Every answer before this was given on an English (or draft Welsh) page: EN.
    this.addSql(`alter table "surveys"."survey_response" add "language" text not null default 'EN';`);
    this.addSql(`alter table "surveys"."survey_response" add constraint "survey_response_language_check" check ("language" in ('EN', 'CY', 'AR', 'GU', 'PL', 'PA', 'SO', 'UR'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "surveys"."survey_question" add "text_cy" text null, add "text_en" text null;`);
    this.addSql(`update "surveys"."survey_question" set "text_en" = "texts"->>'EN', "text_cy" = "texts"->>'CY';`);
    this.addSql(`alter table "surveys"."survey_question" alter column "text_en" set not null, drop column "texts";`);

    this.addSql(`alter table "surveys"."survey_response" drop constraint "survey_response_language_check";`);
    this.addSql(`alter table "surveys"."survey_response" drop column "language";`);
  }

}
