/**
 * The compiled plan's proven feature set. A definition that uses only these properties is judged
 * by the plan (microseconds); anything else (an unknown property, a feature listed nowhere here)
 * sends the version to survey-core itself, which is slower but never judges wrongly. The set is
 * an allow-list on purpose: a property survey-core adds later lands on the exact path by default.
 * Every entry is proven by the differential suite (tests/unit/surveyjs-differential.test.ts).
 */
import { typeCheck } from './survey-type-checks.js';

type Json = Record<string, unknown>;

/** Which path judges a version's responses. */
export enum ValidationPath {
  PLAN = 'PLAN',
  SURVEY_CORE = 'SURVEY_CORE',
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const set = (...keys: string[]) => new Set(keys);

/** Presentation only: survey-core does not read these when validating or completing. */
const LOOKS = [
  'title',
  'description',
  'startWithNewLine',
  'width',
  'minWidth',
  'maxWidth',
  'titleLocation',
  'descriptionLocation',
  'hideNumber',
  'indent',
  'placeholder',
  'state',
  'requiredErrorText',
  'colCount',
  'choicesOrder',
  'allowClear',
  'showClearButton',
  'searchEnabled',
  'separateSpecialChoices',
  'otherText',
  'otherPlaceholder',
  'noneText',
  'commentText',
  'commentPlaceholder',
  'errorLocation',
  'questionTitleLocation',
  'innerIndent',
  'showNumber',
  'showQuestionNumbers',
  'navigationTitle',
  'navigationDescription',
  'size',
  'autocomplete',
  'textUpdateMode',
  'rows',
  'autoGrow',
  'allowResize',
  'minRateDescription',
  'maxRateDescription',
  'rateType',
  'displayMode',
  'scaleColorMode',
  'rateColorMode',
  'displayRateDescriptionsAsExtremeItems',
  'autoGenerate',
  'labelTrue',
  'labelFalse',
  'renderAs',
  'swapOrder',
  'alternateRows',
  'columnMinWidth',
  'rowTitleWidth',
  'showHeader',
  'html',
  'imageLink',
  'imageHeight',
  'imageWidth',
  'contentMode',
  'imageFit',
  'showLabel',
  'itemSize',
  'inputSize',
  'useTitleAsLabel',
  'commentAreaRows',
  'progressBarLocation',
  'questionStartIndex',
  'questionTitleTemplate',
  'gridLayoutEnabled',
];
const QUESTION = set(
  ...LOOKS,
  'type',
  'name',
  'visible',
  'visibleIf',
  'enableIf',
  'requiredIf',
  'isRequired',
  'readOnly',
  'validators',
  'defaultValue',
);
const CHOICES = ['choices', 'showOtherItem', 'hasOther', 'showNoneItem', 'hasNone', 'showCommentArea', 'hasComment'];
const BY_TYPE: Record<string, Set<string>> = {
  text: set('inputType', 'min', 'max', 'maxLength', 'step'),
  comment: set('maxLength'),
  radiogroup: set(...CHOICES),
  dropdown: set(...CHOICES),
  checkbox: set(...CHOICES, 'maxSelectedChoices', 'showSelectAllItem', 'selectAllText'),
  tagbox: set(...CHOICES, 'maxSelectedChoices'),
  imagepicker: set('choices', 'multiSelect'),
  ranking: set('choices'),
  rating: set('rateMin', 'rateMax', 'rateStep', 'rateCount', 'rateValues'),
  boolean: set('valueTrue', 'valueFalse'),
  matrix: set('rows', 'columns', 'isAllRowRequired', 'eachRowRequired'),
  html: set(),
  image: set(),
  panel: set('elements'),
};
const VALIDATORS: Record<string, Set<string>> = {
  numeric: set('minValue', 'maxValue'),
  text: set('minLength', 'maxLength', 'allowDigits'),
  email: set(),
  regex: set('regex', 'caseInsensitive'),
  answercount: set('minCount', 'maxCount'),
  expression: set('expression'),
};
const SURVEY = set(
  ...LOOKS,
  'pages',
  'elements',
  'showProgressBar',
  'progressBarType',
  'completedHtml',
  'locale',
  'logo',
  'logoPosition',
  'logoWidth',
  'logoHeight',
  'logoFit',
  'completeText',
  'pageNextText',
  'pagePrevText',
  'checkErrorsMode',
  'widthMode',
  'headerView',
  'showPreviewBeforeComplete',
  'showTitle',
  'showPageTitles',
  'showCompletedPage',
  'requiredText',
  'questionErrorLocation',
  'questionDescriptionLocation',
  'autoFocusFirstQuestion',
  'focusFirstQuestionAutomatic',
  'goNextPageAutomatic',
  'autoAdvanceEnabled',
  'showNavigationButtons',
  'showPrevButton',
  'navigationButtonsLocation',
  'clearInvisibleValues',
  'calculatedValues',
  'questionsOrder',
  'showTOC',
  'tocLocation',
  'showPageNumbers',
  'cookieName',
);
const TEXT_INPUTS = ['text', 'number', 'email', 'tel', 'url', 'password', undefined] as (string | undefined)[];
const PAGE = set(...LOOKS, 'name', 'elements', 'visibleIf', 'visible', 'readOnly');

/** The first feature outside the plan's proven set, or null. */
function outsideItem(item: unknown, where: string, keys: Set<string>): string | null {
  if (!isObject(item)) return null;
  const key = Object.keys(item).find((k) => !keys.has(k));
  return key ? `${where}: "${key}"` : null;
}

function outsideValidators(list: unknown, where: string): string | null {
  if (list === undefined) return null;
  if (!Array.isArray(list)) return `${where}: validators`;
  for (const v of list) {
    const keys = isObject(v) ? VALIDATORS[String(v.type)] : undefined;
    if (!keys) return `${where}: a ${isObject(v) ? String(v.type) : 'malformed'} validator`;
    const extra = outsideItem(v, `${where} validator`, set(...keys, 'type', 'text', 'notificationType'));
    if (extra) return extra;
  }
  return null;
}

function outsideElement(element: unknown, where: string): string | null {
  if (!isObject(element)) return null;
  const type = String(element.type);
  const here = `${where} ${String(element.name ?? type)}`;
  const own = BY_TYPE[type];
  if (!own) return `${here}: type "${type}"`;
  const key = Object.keys(element).find((k) => !QUESTION.has(k) && !own.has(k));
  if (key) return `${here}: "${key}"`;
  if (type === 'panel' && element.isRequired) return `${here}: a required panel`;
  // survey-core silently drops a default outside the question's domain; the plan would refuse it.
  if (element.defaultValue !== undefined && typeCheck(element, type)(element.defaultValue) !== null) {
    return `${here}: its defaultValue`;
  }
  if (type === 'text' && !TEXT_INPUTS.includes(element.inputType as string)) {
    return `${here}: inputType "${String(element.inputType)}"`;
  }
  const rateValues = Array.isArray(element.rateValues) ? element.rateValues : [];
  if (type === 'rating' && rateValues.some((v) => typeof (isObject(v) ? v.value : v) !== 'number')) {
    return `${here}: text rateValues`;
  }
  const lists = ['choices', 'rows', 'columns', 'rateValues'];
  const items = lists.flatMap((k) => (Array.isArray(element[k]) ? element[k] : []));
  const itemKeys = type === 'imagepicker' ? set('value', 'text', 'imageLink') : set('value', 'text');
  for (const item of items) {
    const extra = outsideItem(item, here, itemKeys);
    if (extra) return extra;
  }
  return outsideValidators(element.validators, here) ?? outsideElements(element.elements, here);
}

function outsideElements(list: unknown, where: string): string | null {
  if (!Array.isArray(list)) return null;
  for (const element of list) {
    const found = outsideElement(element, where);
    if (found) return found;
  }
  return null;
}

/** Which path must judge responses to a definition, and why when it is survey-core. */
export function validationPathOf(definition: Json): { path: ValidationPath; reason: string | null } {
  const survey = Object.keys(definition).find((k) => !SURVEY.has(k));
  let reason: string | null = survey ? `survey: "${survey}"` : null;
  if (!reason && !['onComplete', 'none', undefined].includes(definition.clearInvisibleValues as string)) {
    reason = 'survey: clearInvisibleValues';
  }
  const calculated = Array.isArray(definition.calculatedValues) ? definition.calculatedValues : [];
  if (!reason && calculated.some((c) => !isObject(c) || c.includeIntoResult)) {
    reason = 'survey: a calculated value kept in the result';
  }
  for (const [i, page] of (Array.isArray(definition.pages) ? definition.pages : []).entries()) {
    const where = `page ${i + 1}`;
    reason ??= outsideItem(page, where, PAGE) ?? outsideElements(isObject(page) ? page.elements : null, where);
  }
  reason ??= outsideElements(definition.elements, 'survey');
  return { path: reason ? ValidationPath.SURVEY_CORE : ValidationPath.PLAN, reason };
}
