import type { ChannelKind, ResourceCategory } from './contract.js';
/** "Phone call", "Text message", "Email", "Video call". */
export declare function channelLabel(kind: ChannelKind): string;
/** "Crisis line", "Employee assistance (EAP)", … */
export declare function resourceCategoryLabel(category: ResourceCategory): string;
