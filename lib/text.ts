/** Lower-cases a label's first word for use mid-sentence, unless it is a name (PromQL, SSO, OpenCost, EKS). */
export const midSentence = (label: string) => label.replace(/^[A-Z][a-z]*(?=[\s-]|$)/, (w) => w.toLowerCase())
