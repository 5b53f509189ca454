import './trust.css';

// Public pages: each page renders its own TrustShell (sidebar, main landmark), because the sidebar marks
// the current page and layouts do not re-render on navigation.
export default function TrustLayout({ children }: { children: React.ReactNode }) {
  return children;
}
