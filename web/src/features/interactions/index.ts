export { CustomerInteractions } from './components/CustomerInteractions';
export { InteractionTimeline, type InteractionTimelineProps } from './components/InteractionTimeline';
export { LogInteractionForm, type LogInteractionFormProps } from './components/LogInteractionForm';
