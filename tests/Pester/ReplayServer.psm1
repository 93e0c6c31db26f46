# A tiny HTTP server on 127.0.0.1 that answers with a chosen recorded body, status and content type: the
# recorded answers reach the cmdlets exactly as they were captured, with no emulator in between.

function Start-ReplayServer {
    <# Starts the server; every request gets the answer set by Set-ReplayAnswer. #>
    $probe = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $probe.Start()
    $port = $probe.LocalEndpoint.Port
    $probe.Stop()

    $listener = [System.Net.HttpListener]::new()
    $listener.Prefixes.Add("http://127.0.0.1:$port/")
    $listener.Start()
    $state = [hashtable]::Synchronized(@{ Answer = $null; Requests = [System.Collections.ArrayList]::Synchronized([System.Collections.ArrayList]::new()) })

    $worker = [powershell]::Create()
    $null = $worker.AddScript({
            param($Listener, $State)
            while ($Listener.IsListening) {
                try { $context = $Listener.GetContext() } catch { break }
                $request = $context.Request
                $headers = @{}
                foreach ($name in $request.Headers.AllKeys) { $headers[$name] = $request.Headers[$name] }
                $null = $State.Requests.Add([pscustomobject]@{ Method = $request.HttpMethod; Path = $request.Url.AbsolutePath; Query = $request.Url.Query; Headers = $headers })
                # Connect-Imgur checks the credentials with /3/credits before anything else.
                $answer = if ($request.Url.AbsolutePath -like '/3/credits*' -and $State.Answer.Path -notlike '/3/credits*') { $State.Credits } else { $State.Answer }
                $response = $context.Response
                $response.StatusCode = $answer.Status
                $response.ContentType = $answer.ContentType
                $response.ContentLength64 = $answer.Body.Length
                $response.OutputStream.Write($answer.Body, 0, $answer.Body.Length)
                $response.Close()
            }
        }).AddArgument($listener).AddArgument($state)
    $null = $worker.BeginInvoke()

    $state.Credits = @{
        Status      = 200
        ContentType = 'application/json'
        Body        = [Text.Encoding]::UTF8.GetBytes('{"data":{"UserLimit":500,"UserRemaining":500,"UserReset":4102444800,"ClientLimit":12500,"ClientRemaining":12500},"success":true,"status":200}')
    }
    [pscustomobject]@{ Uri = [uri]"http://127.0.0.1:$port/"; Listener = $listener; State = $state; Worker = $worker }
}

function Set-ReplayAnswer {
    <# From now on the server answers with this body, status and content type; the request log starts empty. #>
    param(
        [Parameter(Mandatory)] $Server,
        [Parameter(Mandatory)] [byte[]] $Body,
        [Parameter(Mandatory)] [int] $Status,
        [Parameter(Mandatory)] [string] $ContentType,
        [string] $Path = '/'
    )
    $Server.State.Answer = @{ Body = $Body; Status = $Status; ContentType = $ContentType; Path = $Path }
    $Server.State.Requests.Clear()
}

function Get-ReplayRequest {
    param([Parameter(Mandatory)] $Server)
    $Server.State.Requests.ToArray()
}

function Stop-ReplayServer {
    param([Parameter(Mandatory)] $Server)
    $Server.Listener.Stop()
    $Server.Listener.Close()
    $Server.Worker.Dispose()
}

Export-ModuleMember -Function Start-ReplayServer, Set-ReplayAnswer, Get-ReplayRequest, Stop-ReplayServer
