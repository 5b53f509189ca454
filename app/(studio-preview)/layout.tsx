import '../(trust)/trust.css';

// The studio's draft preview lives outside the studio's console frame so it looks exactly like the public
// page (the iframe of the editor shows it). Access is checked by the page itself.
export default function StudioPreviewLayout({ children }: { children: React.ReactNode }) {
  return children;
}
