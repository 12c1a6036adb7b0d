// The baseline of P12 and P13: React 19 and react-router, two routes, nothing else.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { Link, RouterProvider, createBrowserRouter } from 'react-router'

function Page({ title }) {
  return (
    <main>
      <h1>{title}</h1>
      <nav>
        <Link to="/">Accueil</Link> · <Link to="/produits">Produits</Link>
      </nav>
    </main>
  )
}

const router = createBrowserRouter([
  { path: '/', element: <Page title="Accueil" /> },
  { path: '*', element: <Page title="Produits" /> },
])

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
)
